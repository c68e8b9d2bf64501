package uk.police.enforcement.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
/**
 * REST Assured filters that check traffic against openapi/openapi.yaml. Positive paths validate both
 * request and response; negative paths (deliberately invalid requests) still have their error
 * responses checked, so an undocumented status or problem body fails the test.
 */
public final class Contract {

    /** The contract, at the top of the repository (where tests run). */
    public static final String SPEC = "openapi/openapi.yaml";

    private static final OpenApiValidationFilter FULL = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC).build());

    private static final OpenApiValidationFilter RESPONSES_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Contract() {
    }

    public static OpenApiValidationFilter requestsAndResponses() {
        return FULL;
    }

    public static OpenApiValidationFilter responsesOnly() {
        return RESPONSES_ONLY;
    }
}
