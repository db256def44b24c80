package org.seatkeeper.emulator.partnercenter;

import org.seatkeeper.emulator.Api;
import org.seatkeeper.emulator.data.BillingCycle;
import org.seatkeeper.emulator.data.Offer;
import org.seatkeeper.emulator.data.Price;
import org.seatkeeper.emulator.data.Product;
import org.seatkeeper.emulator.data.ProductCatalog;
import org.seatkeeper.emulator.data.World;
import org.seatkeeper.emulator.http.ApiException;
import org.seatkeeper.emulator.http.HttpCall;
import org.seatkeeper.emulator.http.HttpReply;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Partner API's price sheet, {@code GET /partner/v1.0/sales/pricesheets(Market='US',PricesheetView='updatedlicensebased')/$value}:
 * the NCE license-based sheet of a market as a CSV (a zipped CSV when asked with {@code Accept-Encoding: deflate}),
 * from Partner Center's price book in the market's currency. One row per product, SKU, term and billing plan, for the
 * commercial segment, and the same rows 40% cheaper for the education segment.
 */
final class PcPriceSheets {

    static final String BASE = "/partner/v1.0/";
    private static final Pattern SHEET = Pattern.compile(
            "sales/pricesheets\\(Market='([A-Za-z]{2})',\\s*PricesheetView='([A-Za-z_]+)'\\)/\\$value");
    private static final String HEADER = "ProductTitle,ProductId,SkuId,SkuTitle,Publisher,SkuDescription,UnitOfMeasure,"
            + "TermDuration,BillingPlan,Market,Currency,UnitPrice,PricingTierRangeMin,PricingTierRangeMax,"
            + "EffectiveStartDate,EffectiveEndDate,Tags,ERP Price,Segment";

    private final World world;

    PcPriceSheets(World world) {
        this.world = world;
    }

    HttpReply sheet(HttpCall call) {
        String path = URLDecoder.decode(call.path().substring(BASE.length()), StandardCharsets.UTF_8);
        Matcher m = SHEET.matcher(path);
        if (!m.matches()) {
            throw new ApiException(404, "404", "No Partner API resource at " + call.path());
        }
        if (!m.group(2).equalsIgnoreCase("updatedlicensebased")) {
            throw ApiException.badRequest("400", "The emulator serves the updatedlicensebased view only");
        }
        String market = m.group(1).toUpperCase(Locale.ROOT);
        String csv = world.read(() -> csv(market));
        boolean zipped = call.header("Accept-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("deflate")).orElse(false);
        HttpReply reply = zipped ? HttpReply.file("application/octet-stream", zip(csv))
                : HttpReply.file("application/octet-stream", csv);
        return reply.withHeader("Content-Disposition", "attachment; filename=pricesheet");
    }

    private String csv(String market) {
        String currency = ProductCatalog.currencyFor(market);
        String month = world.today().withDayOfMonth(1).toString();
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (Product product : world.catalog().products()) {
            if (!product.licenseBased()) {
                continue;
            }
            for (Offer.Term term : Offer.Term.values()) {
                for (BillingCycle cycle : plans(term)) {
                    Price price = world.prices(Api.PARTNER_CENTER).price(product, term, cycle, currency);
                    row(out, product, term, cycle, market, price.cost(), price.listPrice(), month, "Commercial");
                    row(out, product, term, cycle, market, price.cost().multiply(new BigDecimal("0.6"))
                            .setScale(2, RoundingMode.HALF_UP), price.listPrice().multiply(new BigDecimal("0.6"))
                            .setScale(2, RoundingMode.HALF_UP), month, "Education");
                }
            }
        }
        return out.toString();
    }

    private static List<BillingCycle> plans(Offer.Term term) {
        return switch (term) {
            case P1M -> List.of(BillingCycle.MONTHLY);
            case P1Y -> List.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL);
            case P3Y -> List.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL, BillingCycle.TRIENNIAL);
        };
    }

    private static void row(StringBuilder out, Product product, Offer.Term term, BillingCycle cycle, String market,
                            BigDecimal cost, BigDecimal list, String month, String segment) {
        String plan = cycle == BillingCycle.TRIENNIAL ? "Triennial" : cycle.pax8Name();
        String[] cells = {product.name(), product.productId(), product.skuId(), product.name(), "Microsoft",
                product.name() + ", " + term.name() + " " + plan, "Licenses", term.name(), plan, market,
                ProductCatalog.currencyFor(market), cost.toPlainString(), "", "", month + "T00:00:00Z",
                "9999-12-31T23:59:59Z", "License", list.toPlainString(), segment};
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(cells[i].replace("\"", "\"\"")).append('"');
        }
        out.append("\r\n");
    }

    private static byte[] zip(String csv) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("pricesheet.csv"));
            zip.write(csv.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
