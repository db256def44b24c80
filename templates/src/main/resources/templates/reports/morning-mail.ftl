${report.title}
<#if report.credentials?has_content>

PROVIDERS THAT NEED NEW CREDENTIALS (${report.credentials?size})
<#list report.credentials as c>
- ${c.whatToDo}<#if c.href??>
  ${c.href}</#if>
</#list>
</#if>
<#if report.night.failed?has_content>

LAST NIGHT DID NOT FINISH
What failed:
<#list report.night.failed as f>
- ${f}
</#list>
What this report could not check:
<#list report.night.notChecked as n>
- ${n}
</#list>
Restart the failed run on the Jobs page: once it completes, the rest of the night runs and the complete report follows.
</#if>
<#if report.jobs??>

LAST NIGHT'S JOBS: ${report.jobs.ok} ok, ${report.jobs.failed} failed
<#list report.jobs.runs as j>
- ${j.job}: ${j.status} (${j.counts})<#if j.message?has_content> ${j.message}</#if>
<#else>
- No job ran.
</#list>
<#if report.jobs.byHand?has_content>
Started by hand since yesterday's report (${report.jobs.byHand?size}):
<#list report.jobs.byHand as j>
- ${j.job}, by ${j.startedBy}: ${j.status} (${j.counts})<#if j.message?has_content> ${j.message}</#if>
</#list>
</#if>
</#if>
<#macro lines section>

${section.heading?upper_case} (${section.count})
<#list section.lines as l>
- ${l.name}<#if l.customerName??> · ${l.customerName}</#if><#if l.providerName??> · ${l.providerName}</#if><#if l.quantity??> · ${l.quantity} licenses</#if><#if l.date??> · ${l.date}</#if>
<#else>
- None.
</#list>
<#if section.more() gt 0>
${section.more()} more not listed here<#if section.moreHref??>: ${section.moreHref}</#if>
</#if>
</#macro>
<#macro findings rows>
<#list rows as r>
- ${r.check} · ${r.customer} · ${r.subject} · provider ${r.p}, Seatkeeper ${r.s}, log ${r.l} · ${r.direction} · ${r.moneyAtStake}
<#else>
- None.
</#list>
</#macro>
<#if report.unmapped??><@lines report.unmapped/></#if>
<#if report.mismatches??>

LICENSE MISMATCHES: ${report.mismatches.open} open, money at stake ${report.mismatches.moneyAtStake}
New (${report.mismatches.fresh}, ${report.mismatches.newMoneyAtStake}):
<@findings report.mismatches.newRows/>
<#if report.mismatches.moreNew() gt 0>
${report.mismatches.moreNew()} more new findings not listed here<#if report.mismatches.newHref??>: ${report.mismatches.newHref}</#if>
</#if>
Still open (${report.mismatches.stillOpen}):
<@findings report.mismatches.stillOpenRows/>
<#if report.mismatches.moreStillOpen() gt 0>
${report.mismatches.moreStillOpen()} more open findings not listed here<#if report.mismatches.stillOpenHref??>: ${report.mismatches.stillOpenHref}</#if>
</#if>
</#if>
<#if report.psaLinks?? && report.psaLinks.count gt 0><@lines report.psaLinks/></#if>
<#if report.invitations??><@lines report.invitations/></#if>
<#if report.cancellationWindows??><@lines report.cancellationWindows/></#if>
<#if report.renewals??><@lines report.renewals/></#if>
<#if report.unlinkedLicenses?? && report.unlinkedLicenses.count gt 0><@lines report.unlinkedLicenses/></#if>
<#if report.comingRun??>

${report.comingRun.heading?upper_case}
Total: <#list report.comingRun.totals as total>${total}<#sep>, </#list>
<#list report.comingRun.warnings as w>
- ${w}
</#list>
<#if report.comingRun.href??>${report.comingRun.href}</#if>
</#if>

<#if link.url??>
The same report in Seatkeeper:
${link.url}
<#else>
The same report in Seatkeeper: ${link.path}
${link.hint}
</#if>
