package org.juesuan.extract.figures;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to make the patterns backtrack. The bound is generous: it guards against
 * exponential or quadratic matching, it is not a speed benchmark.
 */
class BacktrackingGuardTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    static Stream<Arguments> adversarialInputs() {
        return Stream.of(
            Arguments.of("100,000 digits", "1".repeat(100_000)),
            Arguments.of("100,000 digits then 万元", "1".repeat(100_000) + "万元"),
            Arguments.of("'1,' 50,000 times", "1,".repeat(50_000)),
            Arguments.of("'1,' 50,000 times then 元", "1,".repeat(50_000) + "元"),
            Arguments.of("'123,' 30,000 times then 4 元", "123,".repeat(30_000) + "4元"),
            Arguments.of("百分之 50,000 times", "百分之".repeat(50_000)),
            Arguments.of("百分之 and numerals", "百分之十百".repeat(30_000)),
            Arguments.of("0.0.0.0 run", "0.".repeat(50_000) + "0%"),
            Arguments.of("number then 100,000 spaces", "5" + " ".repeat(100_000) + "x"),
            Arguments.of("spaces between digits", "1 ".repeat(50_000) + "万"),
            Arguments.of("unclosed markers", "[bookmark: _Toc1".repeat(10_000)),
            Arguments.of("one unclosed marker, long body", "[image: " + "图".repeat(100_000)),
            Arguments.of("Latin and digits", "a1".repeat(50_000)),
            Arguments.of("split code parts", "20131（款）".repeat(20_000)),
            Arguments.of("ordinals", "第1".repeat(50_000)),
            Arguments.of("list numbers", "1、\n".repeat(30_000)),
            Arguments.of("months", "1-".repeat(50_000) + "月"),
            Arguments.of("full-width digits", "２".repeat(100_000) + "年"),
            Arguments.of("minus run", "-".repeat(100_000) + "5万元"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarialInputs")
    void finishesQuickly(String name, String input) {
        FigureFinder finder = new RegexFigureFinder();
        assertTimeoutPreemptively(BOUND, () -> finder.find(input), name);
    }
}
