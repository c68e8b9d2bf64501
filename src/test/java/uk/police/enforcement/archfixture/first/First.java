package uk.police.enforcement.archfixture.first;

import uk.police.enforcement.archfixture.second.Second;
/** Half of a deliberate package cycle, so that ArchitectureTest can show its cycle rule catches one. */
public class First {
    Second next;
}
