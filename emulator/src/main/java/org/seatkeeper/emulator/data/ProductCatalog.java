package org.seatkeeper.emulator.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** The Microsoft 365 offers the emulated providers sell. */
public final class ProductCatalog implements java.io.Serializable {

    private final List<Product> products = List.of(
            p("M365-BB", "Microsoft 365 Business Basic", "O365_BUSINESS_ESSENTIALS", "3b555118-da6a-4418-894f-7df1e2096870",
                    "CFQ7TTC0LH18", "0001", "CFQ7TTC0K5BF", "CFQ7TTC0K5BC", 6.00, false, 18),
            p("M365-BS", "Microsoft 365 Business Standard", "O365_BUSINESS_PREMIUM", "f245ecc8-75af-4f8e-b61f-27d8114de5f3",
                    "CFQ7TTC0LDPB", "0001", "CFQ7TTC0K5DS", "CFQ7TTC0K5DQ", 12.50, false, 16),
            p("M365-BP", "Microsoft 365 Business Premium", "SPB", "cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46",
                    "CFQ7TTC0LCHC", "0002", "CFQ7TTC0K5HT", "CFQ7TTC0K5HR", 22.00, false, 18),
            p("M365-E3", "Microsoft 365 E3", "SPE_E3", "05e9a617-0261-4cee-bb44-138d3ef5d965",
                    "CFQ7TTC0LFLX", "0001", "CFQ7TTC0K6B2", "CFQ7TTC0K6B0", 36.00, false, 8),
            p("M365-E5", "Microsoft 365 E5", "SPE_E5", "06ebc4ee-1bb5-47dd-8120-11324bc54e06",
                    "CFQ7TTC0LFLZ", "0002", "CFQ7TTC0K6D1", "CFQ7TTC0K6CZ", 57.00, false, 4),
            p("O365-E1", "Office 365 E1", "STANDARDPACK", "18181a46-0d4e-45cd-891e-60aabd171b4e",
                    "CFQ7TTC0LF8Q", "0001", "CFQ7TTC0K4ZS", "CFQ7TTC0K4ZQ", 10.00, false, 5),
            p("O365-E3", "Office 365 E3", "ENTERPRISEPACK", "6fd2c87f-b296-42f0-b197-1e91e994b900",
                    "CFQ7TTC0LF8R", "0001", "CFQ7TTC0K51B", "CFQ7TTC0K519", 23.00, false, 6),
            p("EXO-P1", "Exchange Online (Plan 1)", "EXCHANGESTANDARD", "4b9405b0-7788-4568-add1-99614e613b69",
                    "CFQ7TTC0LH16", "0001", "CFQ7TTC0K5J8", "CFQ7TTC0K5J6", 4.00, false, 12),
            p("EXO-P2", "Exchange Online (Plan 2)", "EXCHANGEENTERPRISE", "19ec0d23-8335-4cbd-94ac-6050e30712fa",
                    "CFQ7TTC0LH0R", "0001", "CFQ7TTC0K5KB", "CFQ7TTC0K5K9", 8.00, false, 3),
            p("TEAMS-ESS", "Microsoft Teams Essentials", "TEAMS_ESSENTIALS_AAD", "3ab6abff-666f-4424-bfb7-f0bc274ec7bc",
                    "CFQ7TTC0RM8K", "0001", "CFQ7TTC0RM8M", "CFQ7TTC0RM8L", 4.00, false, 4),
            addOn("VISIO-P2", "Visio Plan 2", "VISIOCLIENT", "c5928f49-12ba-48f7-ada3-0d743a3601d5",
                    "CFQ7TTC0HD33", "0002", "CFQ7TTC0KJB4", "CFQ7TTC0KJB2", 15.00, 3),
            addOn("PROJ-P3", "Project Plan 3", "PROJECTPROFESSIONAL", "53818b1b-4a27-454b-8896-0dba576410e6",
                    "CFQ7TTC0HDB0", "0002", "CFQ7TTC0KJ9N", "CFQ7TTC0KJ9L", 30.00, 3),
            p("MDB", "Microsoft Defender for Business", "MDE_SMB", "5bfe124c-bbdc-4494-8835-f1297d457d79",
                    "CFQ7TTC0LCMT", "0001", "CFQ7TTC0LCMV", "CFQ7TTC0LCMS", 3.00, false, 5),
            new Product("AZURE", "Azure plan", "AZURE_PLAN", null, "DZH318Z0BPS6", "0001", "CFQ7TTC0RN98", "CFQ7TTC0RN98",
                    "Azure-Plan", 0.0, true, false, 5));

    private final int totalWeight = products.stream().mapToInt(Product::weight).sum();

    private static Product p(String code, String name, String part, String sku, String productId, String skuId,
                             String monthly, String annual, double usd, boolean usage, int weight) {
        return new Product(code, name, part, sku, productId, skuId, monthly, annual, ionSkuId(name), usd, usage, false, weight);
    }

    private static Product addOn(String code, String name, String part, String sku, String productId, String skuId,
                                 String monthly, String annual, double usd, int weight) {
        return new Product(code, name, part, sku, productId, skuId, monthly, annual, ionSkuId(name), usd, false, true, weight);
    }

    private static String ionSkuId(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-+$", "");
    }

    public List<Product> products() {
        return products;
    }

    public List<Offer> offers() {
        List<Offer> offers = new ArrayList<>();
        for (Product product : products) {
            offers.add(new Offer(product, Offer.Term.P1M));
            if (!product.usageBased()) {
                offers.add(new Offer(product, Offer.Term.P1Y));
            }
        }
        return offers;
    }

    /** A product chosen by popularity. */
    public Product pick(Random random) {
        int n = random.nextInt(totalWeight);
        for (Product product : products) {
            n -= product.weight();
            if (n < 0) {
                return product;
            }
        }
        return products.get(0);
    }

    public Optional<Product> byProductAndSku(String productId, String skuId) {
        return products.stream().filter(p -> p.productId().equalsIgnoreCase(productId) && p.skuId().equalsIgnoreCase(skuId)).findFirst();
    }

    public Optional<Offer> byOfferId(String offerId) {
        return offers().stream().filter(o -> o.offerId().equalsIgnoreCase(offerId)).findFirst();
    }

    public Optional<Offer> byCatalogIdentifier(String identifier) {
        return offers().stream().filter(o -> o.catalogIdentifier().equalsIgnoreCase(identifier)).findFirst();
    }

    public static String currencyFor(String country) {
        return switch (country) {
            case "GB" -> "GBP";
            case "DE", "NL", "FR", "IE", "BE", "AT", "ES", "IT", "FI" -> "EUR";
            case "SE" -> "SEK";
            case "AU" -> "AUD";
            default -> "USD";
        };
    }

    static double usdRate(String currency) {
        return switch (currency) {
            case "EUR" -> 0.92;
            case "GBP" -> 0.79;
            case "SEK" -> 10.60;
            case "AUD" -> 1.52;
            default -> 1.0;
        };
    }
}
