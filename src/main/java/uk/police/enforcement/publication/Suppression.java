package uk.police.enforcement.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.police.enforcement.figure.Cell;
import uk.police.enforcement.figure.Figure;
import uk.police.enforcement.figure.FigureCatalogue;
import uk.police.enforcement.figure.Measure;
/**
 * Which numbers of a publication are safe to release. Primary suppression: a number from 1 to one below its
 * figure's threshold is shown as "<5" (a 0 is shown). Secondary suppression: where a total is the sum of other
 * numbers (the catalogue's Total figures, and notices issued = the notices by type = the notices by agency and
 * those without one), a sum with exactly one hidden number would give it away, so the smallest other non-zero
 * number of that sum is hidden too, shown as "[c]", until no sum gives one away. Pure: no database.
 */
public final class Suppression {

    /** What a number's shown as once suppressed for being secondarily hidden. */
    static final String CONFIDENTIAL = "[c]";

    private final int threshold;
    private final Map<String, Integer> thresholds;

    /** @param thresholds per figure, where it differs from {@code threshold}; 0 disables */
    public Suppression(int threshold, Map<String, Integer> thresholds) {
        this.threshold = threshold;
        this.thresholds = Map.copyOf(thresholds);
    }

    /** One number and how it is shown. */
    public record Shown(Cell cell, String shown, boolean suppressed) {
    }

    /**
     * Each cell as released, in the order given. The notices without an agency, part of notices issued but not
     * released as a cell, are taken as known (the cautious reading): they never hide an agency's number.
     */
    public List<Shown> apply(List<Cell> cells) {
        Map<Cell, String> shown = new LinkedHashMap<>();
        for (Cell cell : cells) {
            int limit = thresholdOf(cell.figure());
            shown.put(cell, cell.value() > 0 && cell.value() < limit ? "<" + limit : null);
        }
        List<List<Cell>> sums = sums(cells);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Cell> sum : sums) {
                long hidden = sum.stream().filter(c -> shown.get(c) != null).count();
                if (hidden == 1) {
                    Optional<Cell> next = sum.subList(1, sum.size()).stream()
                            .filter(c -> shown.get(c) == null && c.value() > 0)
                            .min(Comparator.comparingLong(Cell::value));
                    Cell also = next.orElse(sum.get(0));
                    if (shown.get(also) == null && also.value() > 0) {
                        shown.put(also, CONFIDENTIAL);
                        changed = true;
                    }
                }
            }
        }
        List<Shown> released = new ArrayList<>();
        shown.forEach((cell, hidden) -> released.add(new Shown(cell, hidden == null ? Long.toString(cell.value())
                : hidden, hidden != null)));
        return released;
    }

    int thresholdOf(String figure) {
        return thresholds.getOrDefault(figure, threshold);
    }

    /**
     * The sums among the cells, each as [total, part, part, ...]: a Total figure and its parts; notices issued and
     * the notices by type; notices issued and the notices by agency (plus, unreleased, those without one).
     */
    private static List<List<Cell>> sums(List<Cell> cells) {
        Map<String, Cell> single = new LinkedHashMap<>();
        Map<String, List<Cell>> split = new LinkedHashMap<>();
        for (Cell cell : cells) {
            if (cell.group() == null) {
                single.put(cell.figure(), cell);
            } else {
                split.computeIfAbsent(cell.figure(), f -> new ArrayList<>()).add(cell);
            }
        }
        List<List<Cell>> sums = new ArrayList<>();
        for (Figure figure : FigureCatalogue.ALL) {
            if (figure.measure() instanceof Measure.Total total && single.containsKey(figure.name())) {
                List<Cell> sum = new ArrayList<>(List.of(single.get(figure.name())));
                total.of().stream().map(single::get).filter(c -> c != null).forEach(sum::add);
                sums.add(sum);
            }
            if (figure.measure() instanceof Measure.NoticesIssued issued
                    && issued.by() != Measure.NoticeSplit.NONE && split.containsKey(figure.name())) {
                FigureCatalogue.ALL.stream()
                        .filter(f -> f.measure() instanceof Measure.NoticesIssued n && n.by() == Measure.NoticeSplit.NONE)
                        .map(f -> single.get(f.name())).filter(c -> c != null).findFirst().ifPresent(total -> {
                            List<Cell> sum = new ArrayList<>(List.of(total));
                            sum.addAll(split.get(figure.name()));
                            sums.add(sum);
                        });
            }
        }
        return sums;
    }
}
