package uk.police.enforcement.figure;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.enforcement.api.model.Figures;
import uk.police.enforcement.figure.Measure.NoticeSplit;
import uk.police.enforcement.figure.Measure.NoticesIssued;
/**
 * The contract's Figures, written from the catalogue: one property per figure, by its name, every one
 * present (0 when nothing matched). A figure the contract's Figures lacks fails here, loudly, on first use.
 */
public final class ApiFigures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiFigures() {
    }

    public static Figures of(FigureValues values, List<String> noticeTypes) {
        ObjectNode figures = JSON.createObjectNode();
        for (Figure figure : FigureCatalogue.ALL) {
            if (FigureValues.isNumber(figure)) {
                figures.put(figure.name(), values.value(figure));
            } else if (figure.measure() instanceof NoticesIssued issued) {
                figures.set(figure.name(), JSON.valueToTree(issued.by() == NoticeSplit.NOTICE_TYPE
                        ? values.noticesByType(noticeTypes) : values.noticesByAgency()));
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
