package uk.police.enforcement.action;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import uk.police.enforcement.api.model.EnforcementActionBatchInput;
import uk.police.enforcement.api.model.EnforcementActionInput;
import uk.police.enforcement.common.config.CodeList;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.web.BodyRules;
/** The action rules ({@link ActionRules}) for a request body, reported with its schema's problems. */
@ApplicationScoped
public class ActionBodyRules implements BodyRules<EnforcementActionInput> {

    private final CodeList areas;
    private final OffenceCodes offenceCodes;
    private final Clock clock;

    public ActionBodyRules(EnforcementConfig config, OffenceCodes offenceCodes, Clock clock) {
        this.areas = config.areaCodes();
        this.offenceCodes = offenceCodes;
        this.clock = clock;
    }

    @Override
    public Class<EnforcementActionInput> bodyType() {
        return EnforcementActionInput.class;
    }

    @Override
    public List<FieldViolation> check(EnforcementActionInput body) {
        return ActionRules.check(body, areas, offenceCodes, clock.instant());
    }

    /** A batch's items, each named by its position ({@code items[3].legal_basis}). */
    @ApplicationScoped
    public static class Batch implements BodyRules<EnforcementActionBatchInput> {

        private final ActionBodyRules item;

        public Batch(ActionBodyRules item) {
            this.item = item;
        }

        @Override
        public Class<EnforcementActionBatchInput> bodyType() {
            return EnforcementActionBatchInput.class;
        }

        @Override
        public List<FieldViolation> check(EnforcementActionBatchInput body) {
            List<FieldViolation> errors = new ArrayList<>();
            List<EnforcementActionInput> items = body.getItems() == null ? List.of() : body.getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) == null) {
                    continue;
                }
                String prefix = "items[" + i + "].";
                item.check(items.get(i)).forEach(e -> errors.add(new FieldViolation(prefix + e.field(), e.message(),
                        e.dependsOn())));
            }
            return errors;
        }
    }
}
