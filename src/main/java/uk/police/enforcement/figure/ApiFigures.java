package uk.police.enforcement.figure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.enforcement.figure.Measure.NoticeSplit;
import uk.police.enforcement.figure.Measure.NoticesIssued;
import uk.police.enforcement.api.model.Figures;
/**
 * The contract's Figures, written from the catalogue: one property per figure, by its name, every one
 * present (0 when nothing matched). A figure the contract's Figures lacks fails here, loudly, on first use.
 */
public final class ApiFigures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiFigures() {
    }

    public static Figures of(FigureValues values, FigureLists lists) {
        ObjectNode figures = JSON.createObjectNode();
        for (Figure figure : FigureCatalogue.ALL) {
            Measure measure = figure.measure();
            if (FigureValues.isNumber(figure)) {
                figures.put(figure.name(), values.value(figure));
            } else if (measure instanceof NoticesIssued issued) {
                figures.set(figure.name(), JSON.valueToTree(issued.by() == NoticeSplit.NOTICE_TYPE
                        ? values.noticesByType(lists.noticeTypes()) : values.noticesByAgency()));
            } else if (measure instanceof Measure.ReferralsByGrade) {
                ArrayNode grades = figures.putArray(figure.name());
                for (GradeCount g : values.grades()) {
                    ObjectNode grade = grades.addObject().put("grade", g.grade()).put("received", g.received())
                            .put("actioned_within_target", g.withinTarget()).put("breached", g.breached());
                    if (g.medianDays() != null) {
                        grade.put("median_days_to_first_action", g.medianDays())
                                .put("p90_days_to_first_action", g.p90Days());
                    }
                }
            } else if (measure instanceof Measure.CrimeOutcomes) {
                ArrayNode types = figures.putArray(figure.name());
                values.outcomesByType(lists.outcomeTypes())
                        .forEach((type, count) -> types.addObject().put("outcome_type", type).put("count", count));
            } else if (measure instanceof Measure.OutcomeRate) {
                figures.put(figure.name(), values.rate(figure));
            } else if (measure instanceof Measure.DevicesAwaiting awaiting) {
                ArrayNode groups = figures.putArray(figure.name());
                values.devicesAwaitingBy(awaiting.by(), FigureValues.groupsOf(awaiting.by(), lists))
                        .forEach((group, count) -> groups.addObject().put("group", group).put("count", count));
            } else if (measure instanceof Measure.DevicesExamined) {
                ArrayNode categories = figures.putArray(figure.name());
                values.imagesGraded().forEach((category, count) -> categories.addObject().put("category", category)
                        .put("count", count));
            } else if (measure instanceof Measure.DaysToExamination) {
                FigureValues.ExaminationDays days = values.examinationDays();
                ObjectNode waited = figures.putObject(figure.name()).put("examinations_started", days.started())
                        .put("examinations_ended", days.ended());
                if (days.medianDaysToStart() != null) {
                    waited.put("median_days_to_start", days.medianDaysToStart())
                            .put("p90_days_to_start", days.p90DaysToStart());
                }
                if (days.medianDaysToEnd() != null) {
                    waited.put("median_days_to_end", days.medianDaysToEnd()).put("p90_days_to_end", days.p90DaysToEnd());
                }
            } else {
                figures.put(figure.name(), values.marking().toString());
            }
        }
        try {
            return JSON.treeToValue(figures, Figures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The contract's Figures does not match the figure catalogue", e);
        }
    }
}
