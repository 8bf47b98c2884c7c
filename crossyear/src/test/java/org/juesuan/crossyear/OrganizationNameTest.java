package org.juesuan.crossyear;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationNameTest {
    @ParameterizedTest
    @CsvSource({
            "上海市普陀区财政局, 普陀区财政局",
            "普陀区财政局, 普陀区财政局",
            "'上海市普陀区 财政局（本级）', 普陀区财政局",
            "上海市普陀区人民政府万里街道办事处, 普陀区人民政府万里街道办事处",
            "江苏省南京市财政局, 南京市财政局",
            "上海市财政局, 上海市财政局",
            "江苏省人民检察院, 江苏省人民检察院",
            "广西壮族自治区南宁市财政局, 南宁市财政局",
            "'  ', ''"})
    void oneOrganizationOneName(String printed, String normalized) {
        assertEquals(normalized, OrganizationName.normalize(printed));
    }
}
