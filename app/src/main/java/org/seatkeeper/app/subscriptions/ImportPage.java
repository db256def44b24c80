package org.seatkeeper.app.subscriptions;

import java.util.List;
import java.util.Map;

/** The CSV import form and, after an upload, its preview (nothing is written until "Import"). */
public record ImportPage(long contractId, String contractName, String action, List<Map<String, String>> providers,
                         ImportPlan plan, String fileName, long creates, long changes, long unchanged, long errors) {
}
