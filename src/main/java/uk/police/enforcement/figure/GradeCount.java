package uk.police.enforcement.figure;
/**
 * The referrals received in a period with one current grade: how many, how many were acted on within their
 * target and how many breached it, and the median and 90th-percentile days to the first action (null when none).
 */
record GradeCount(String grade, long received, long withinTarget, long breached, Double medianDays, Double p90Days) {
}
