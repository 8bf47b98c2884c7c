package org.juesuan.crossyear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.juesuan.model.DocumentKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreviousYearWordingTest {
    @ParameterizedTest
    @CsvSource({
            "'，比2023年预算减少', BUDGET, true",
            "'，比2023年（上一年度，下同）预算增加', BUDGET, true",
            "'，比上年预算增加', BUDGET, true",
            "'，比2023年预算执行数增加', BUDGET, false",
            "'，比2022年预算减少', BUDGET, false",
            "'，比上年增加', BUDGET, false",
            "'，比上年增加', FINAL_ACCOUNTS, true",
            "'。与2023年度相比，收、支总计各增加', FINAL_ACCOUNTS, true",
            "'，同比减少', FINAL_ACCOUNTS, true",
            "'，比年初预算增加', FINAL_ACCOUNTS, false",
            "'，比上年预算增加', FINAL_ACCOUNTS, false",
            "'，增加', FINAL_ACCOUNTS, false"})
    void aChangeIsAgainstThePreviousYearOfItsKind(String words, DocumentKind kind, boolean previous) {
        assertEquals(previous, PreviousYearWording.againstPreviousYear(words, 2024, kind));
    }
}
