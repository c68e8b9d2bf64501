package uk.police.enforcement.archfixture.second;

import uk.police.enforcement.archfixture.first.First;
/** The other half of the deliberate package cycle (see First). */
public class Second {
    First back;
}
