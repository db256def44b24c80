package org.seatkeeper.app.usage;

import static org.seatkeeper.db.jooq.Tables.SKU_MAPPING;

import java.util.Locale;
import java.util.regex.Pattern;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.usage.SkuMapping;
import org.seatkeeper.db.usage.SkuMappingDetails;

/** A SKU mapping as staff type it: Graph's skuId and skuPartNumber, the provider product reference and a name. */
final class SkuMappingForm {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern PART_NUMBER = Pattern.compile("[A-Za-z0-9_.+-]+");
    private static final Pattern PRODUCT_REF = Pattern.compile("[A-Za-z0-9_.:/-]+");

    private SkuMappingForm() {
    }

    static FormModel of(SkuMapping m) {
        return FormModel.empty().with("skuId", m.skuId()).with("skuPartNumber", m.skuPartNumber())
                .with("productRef", m.productRef()).with("name", m.name()).with("version", m.version());
    }

    static SkuMappingDetails parse(FormModel form) {
        String skuId = form.value("skuId").toLowerCase(Locale.ROOT);
        if (!GUID.matcher(skuId).matches()) {
            form.error("skuId", "Enter Graph's skuId, a GUID like cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46.");
        }
        String partNumber = form.value("skuPartNumber").toUpperCase(Locale.ROOT);
        if (!PART_NUMBER.matcher(partNumber).matches()) {
            form.error("skuPartNumber", "Enter Graph's skuPartNumber, e.g. SPB (letters, digits, _ . + -).");
        }
        String productRef = form.value("productRef");
        if (!PRODUCT_REF.matcher(productRef).matches()) {
            form.error("productRef", "Enter the provider product as productId:skuId, e.g. CFQ7TTC0LCHC:0002.");
        }
        String name = form.value("name");
        if (name.isEmpty()) {
            form.error("name", "Enter the license's name, e.g. Microsoft 365 Business Premium.");
        }
        FieldLimits.atMost(form, "skuPartNumber", SKU_MAPPING.SKU_PART_NUMBER);
        FieldLimits.atMost(form, "productRef", SKU_MAPPING.PRODUCT_REF);
        FieldLimits.atMost(form, "name", SKU_MAPPING.NAME);
        return new SkuMappingDetails(skuId, partNumber, productRef, name);
    }
}
