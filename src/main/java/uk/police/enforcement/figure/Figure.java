package uk.police.enforcement.figure;
/**
 * One published measure: its stable name (the key in every answer, CSV column and publication), the
 * definition a press officer can quote (what counts, what does not, which date decides the period), its
 * unit, the contract version that introduced it, and how it is computed.
 *
 * @param headline how the headline sentence says it, or null when the headline leaves it out
 * @param replacedBy for a figure kept only so that older clients keep working, the figure to use instead
 */
public record Figure(String name, String definition, String unit, String since, Measure measure, Phrase headline,
        String replacedBy) {

    /**
     * "1 arrest", "3 arrests"; with {@code of}, a second figure said after it when the two differ
     * ("3 arrests of 2 people").
     */
    public record Phrase(String one, String many, String of, String ofOne, String ofMany) {

        static Phrase of(String one, String many) {
            return new Phrase(one, many, null, null, null);
        }

        String say(long count) {
            return count + " " + (count == 1 ? one : many);
        }
    }
}
