package org.seatkeeper.app.onboarding;

/** One customer on the pipeline page. */
public record PipelineRow(String customerName, String providerName, String path, String stage, String stageKind,
                          String updatedAt, String href) {
}
