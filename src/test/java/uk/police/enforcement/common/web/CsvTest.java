package uk.police.enforcement.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
class CsvTest {

    @Test
    void rowsAreRfc4180() {
        String csv = new Csv().row(List.of("a", "b,c", "say \"hi\"")).row(Arrays.asList(1, null, "line\nbreak"))
                .toString();
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\"\r\n1,,\"line\nbreak\"\r\n", csv);
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertEquals("'=SUM(A1)", Csv.field("=SUM(A1)"));
        assertEquals("'+44", Csv.field("+44"));
        assertEquals("'@x", Csv.field("@x"));
        assertEquals("-3", Csv.field(-3), "a negative number is data, not a formula");
    }
}
