package uk.police.enforcement.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import uk.police.enforcement.api.model.AgencyCount;
import uk.police.enforcement.api.model.NoticeTypeCount;
/**
 * One plain-English sentence a press officer can paste, from the non-zero figures in the catalogue's order,
 * each said as its {@link Figure.Phrase} says, e.g. "5 positive warrants executed, 29 devices seized, 7
 * children safeguarded, 1 arrest, 3 people charged and 6 Cease and Desist notices issued with North West
 * Regional Organised Crime Unit."
 */
public final class Headline {

    /** Every count said exactly (live summaries). */
    public static final Function<Cell, String> EXACTLY = cell -> Long.toString(cell.value());

    /** How the default notice types read in a sentence: one, and several. */
    private static final Map<String, String[]> NOTICE_NAMES = Map.of(
            "CEASE_AND_DESIST", new String[] { "Cease and Desist notice", "Cease and Desist notices" },
            "CHILD_ABDUCTION_WARNING_NOTICE", new String[] { "Child Abduction Warning Notice",
                    "Child Abduction Warning Notices" },
            "WARNING_LETTER", new String[] { "warning letter", "warning letters" },
            "OTHER", new String[] { "other notice", "other notices" });

    private Headline() {
    }

    public static String of(FigureValues values, List<String> noticeTypes) {
        return of(values, noticeTypes, EXACTLY);
    }

    /** The sentence, each count said by {@code say} (a publication says a suppressed one as "fewer than 5"). */
    public static String of(FigureValues values, List<String> noticeTypes, Function<Cell, String> say) {
        List<String> parts = new ArrayList<>();
        for (Figure figure : FigureCatalogue.ALL) {
            Figure.Phrase phrase = figure.headline();
            long count = phrase == null ? 0 : values.value(figure);
            if (count > 0) {
                String part = counted(say.apply(new Cell(figure.name(), null, count)), phrase.one(), phrase.many());
                if (phrase.of() != null && values.value(phrase.of()) != count) {
                    part += " of " + counted(say.apply(new Cell(phrase.of(), null, values.value(phrase.of()))),
                            phrase.ofOne(), phrase.ofMany());
                }
                parts.add(part);
            }
        }
        // Notices issued with a partner agency, then those the police issued alone (e.g. a CAWN), each by type.
        String agencies = join(values.noticesByAgency().stream().map(AgencyCount::getName).toList());
        for (boolean withAgency : new boolean[] { true, false }) {
            List<String> notices = new ArrayList<>();
            for (NoticeTypeCount byType : values.noticesByType(noticeTypes)) {
                long count = values.notices.stream().filter(n -> n.type().equals(byType.getNoticeType())
                        && (n.agencyId() != null) == withAgency).mapToLong(NoticeCount::count).sum();
                if (count > 0) {
                    String[] names = NOTICE_NAMES.getOrDefault(byType.getNoticeType(),
                            namesOf(byType.getNoticeType()));
                    notices.add(counted(say.apply(new Cell("notices_by_type", byType.getNoticeType(), count)),
                            names[0], names[1]));
                }
            }
            if (!notices.isEmpty()) {
                parts.add(join(notices) + " issued" + (withAgency ? " with " + agencies : " by the police"));
            }
        }
        return parts.isEmpty() ? "No enforcement activity has been recorded." : join(parts) + ".";
    }

    private static String counted(String count, String one, String many) {
        return count + " " + (count.equals("1") ? one : many);
    }

    /** "a", "a and b", "a, b and c". */
    static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A force's own notice type, e.g. PREVENT_REFERRAL: "prevent referral", "prevent referrals". */
    private static String[] namesOf(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return new String[] { words, words + "s" };
    }
}
