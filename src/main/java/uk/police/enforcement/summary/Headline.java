package uk.police.enforcement.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.police.enforcement.api.model.AgencyCount;
import uk.police.enforcement.api.model.Figures;
import uk.police.enforcement.api.model.NoticeTypeCount;
/**
 * One plain-English sentence a press officer can paste, from the non-zero figures in a fixed order,
 * e.g. "5 positive warrants executed, 29 devices seized, 7 children safeguarded, 1 arrest, 3 people
 * charged and 6 Cease and Desist notices issued with North West Regional Organised Crime Unit."
 */
final class Headline {

    /** How the default notice types read in a sentence: one, and several. */
    private static final Map<String, String[]> NOTICE_NAMES = Map.of(
            "CEASE_AND_DESIST", new String[] { "Cease and Desist notice", "Cease and Desist notices" },
            "CHILD_ABDUCTION_WARNING_NOTICE", new String[] { "Child Abduction Warning Notice",
                    "Child Abduction Warning Notices" },
            "WARNING_LETTER", new String[] { "warning letter", "warning letters" },
            "OTHER", new String[] { "other notice", "other notices" });

    private Headline() {
    }

    static String of(Figures f) {
        List<String> parts = new ArrayList<>();
        add(parts, f.getPositiveWarrants(), "positive warrant executed", "positive warrants executed");
        add(parts, f.getNegativeWarrants(), "negative warrant executed", "negative warrants executed");
        add(parts, f.getDevicesSeized(), "device seized", "devices seized");
        add(parts, f.getChildrenSafeguarded(), "child safeguarded", "children safeguarded");
        add(parts, f.getPersonsArrested(), "arrest", "arrests");
        add(parts, f.getPersonsCharged(), "person charged", "people charged");
        List<String> notices = new ArrayList<>();
        for (NoticeTypeCount byType : f.getNoticesByType()) {
            String[] names = NOTICE_NAMES.getOrDefault(byType.getNoticeType(), namesOf(byType.getNoticeType()));
            add(notices, byType.getCount(), names[0], names[1]);
        }
        if (!notices.isEmpty()) {
            List<String> agencies = f.getNoticesByAgency().stream().map(AgencyCount::getName).toList();
            parts.add(join(notices) + " issued with " + join(agencies));
        }
        return parts.isEmpty() ? "No enforcement activity has been recorded." : join(parts) + ".";
    }

    private static void add(List<String> parts, Long count, String singular, String plural) {
        if (count != null && count > 0) {
            parts.add(count + " " + (count == 1 ? singular : plural));
        }
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
