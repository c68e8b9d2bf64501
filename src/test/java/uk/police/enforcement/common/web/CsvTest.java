package uk.police.enforcement.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.police.enforcement.api.model.SecurityMarking;
class CsvTest {

    @Test
    void rowsAreRfc4180AndEachStatesTheMarking() {
        String csv = Csv.marked(SecurityMarking.OFFICIAL_SENSITIVE).header(List.of("a", "b"))
                .row(List.of("a", "b,c", "say \"hi\"")).row(Arrays.asList(1, null, "line\nbreak")).toString();
        assertEquals("security_marking,a,b\r\nOFFICIAL_SENSITIVE,a,\"b,c\",\"say \"\"hi\"\"\"\r\n"
                + "OFFICIAL_SENSITIVE,1,,\"line\nbreak\"\r\n", csv);
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertEquals("'=SUM(A1)", Csv.field("=SUM(A1)"));
        assertEquals("'+44", Csv.field("+44"));
        assertEquals("'@x", Csv.field("@x"));
        assertEquals("-3", Csv.field(-3), "a negative number is data, not a formula");
    }
}
