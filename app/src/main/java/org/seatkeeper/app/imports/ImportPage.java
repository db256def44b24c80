package org.seatkeeper.app.imports;

import java.util.List;
import java.util.Map;
import org.seatkeeper.db.contracts.BillingContract;

/**
 * The CSV import form and, after an upload, its preview (nothing is written until "Import").
 *
 * @param previewId   names the preview the confirm form imports (a newer preview in another tab replaces it)
 * @param importable  at least one row can be imported: otherwise there is no "Import" button
 * @param productNote which rows add a product to the catalog, or empty
 */
public record ImportPage(long contractId, String contractName, String action, List<Map<String, String>> providers,
                         ImportPlan plan, String fileName, String previewId, long creates, long changes,
                         long unchanged, long errors, boolean importable, String productNote) {

    static ImportPage of(BillingContract contract, String action, List<Map<String, String>> providers,
                         ImportServlet.PendingImport pending, String fileName) {
        if (pending == null) {
            return new ImportPage(contract.id(), contract.name(), action, providers, null, fileName, "", 0, 0, 0, 0,
                    false, "");
        }
        ImportPlan plan = pending.plan();
        return new ImportPage(contract.id(), contract.name(), action, providers, plan, fileName, pending.id(),
                plan.count(ImportPlan.Action.CREATE), plan.count(ImportPlan.Action.CHANGE),
                plan.count(ImportPlan.Action.UNCHANGED), plan.count(ImportPlan.Action.ERROR), plan.importable(),
                productNote(plan.productsAdded()));
    }

    private static String productNote(long added) {
        if (added == 0) {
            return "";
        }
        return (added == 1 ? "1 row adds a product" : added + " rows add products") + " to the catalog, without a "
                + "price: enter it on the Products page after the import. The other rows use the catalog's products.";
    }
}
