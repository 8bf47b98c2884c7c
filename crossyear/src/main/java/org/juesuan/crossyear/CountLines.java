package org.juesuan.crossyear;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which count line the words of a clause state, by the topic words just before the count and its unit:
 * 组织因公出国（境）团组 + 个 is the groups sent abroad, 公务用车保有量为 + 辆 the vehicles held, 列明公务接待 +
 * 批次 the receptions, 其中：接待外宾 + 人次 the foreign guests' receptions. Words naming two lines, or none, give none.
 */
final class CountLines {
    /** 因公出国（境）, 出境, 团组. */
    private static final Pattern OUTBOUND = Pattern.compile("出国|出境|团组");
    /** 购置公务用车, 公务用车购置数, 购买车辆. */
    private static final Pattern BOUGHT = Pattern.compile("购置|购买");
    /** 公务用车保有量. */
    private static final Pattern HELD = Pattern.compile("保有");
    /** 公务接待, 接待外宾. */
    private static final Pattern RECEPTION = Pattern.compile("接待");
    private static final Pattern FOREIGN = Pattern.compile("外宾");
    private static final Pattern DOMESTIC = Pattern.compile("国内");

    private CountLines() {
    }

    /** The line {@code words} (the clause up to the count) state for a count printed in {@code unit}, if exactly one. */
    static Optional<CountLine> of(String words, String unit) {
        Set<CountLine> lines = EnumSet.noneOf(CountLine.class);
        boolean outbound = OUTBOUND.matcher(words).find();
        boolean reception = RECEPTION.matcher(words).find();
        if (outbound && !reception) {
            switch (unit) {
                case "个", "团组" -> lines.add(CountLine.OUTBOUND_GROUPS);
                case "人次" -> lines.add(CountLine.OUTBOUND_PEOPLE);
                default -> { }
            }
        }
        if (unit.equals("辆")) {
            if (BOUGHT.matcher(words).find()) {
                lines.add(CountLine.VEHICLES_BOUGHT);
            }
            if (HELD.matcher(words).find()) {
                lines.add(CountLine.VEHICLES_HELD);
            }
        }
        if (reception && !outbound) {
            reception(words, unit).ifPresent(lines::add);
        }
        return lines.size() == 1 ? Optional.of(lines.iterator().next()) : Optional.empty();
    }

    /** Alone, with the same unit, a count after 、 or 累计 continues the line before it: 团组3个、累计12人次. */
    static Optional<CountLine> continued(CountLine before, String unit) {
        return switch (before) {
            case OUTBOUND_GROUPS -> unit.equals("人次") ? Optional.of(CountLine.OUTBOUND_PEOPLE) : Optional.empty();
            case RECEPTION_BATCHES -> unit.equals("人次") ? Optional.of(CountLine.RECEPTION_PEOPLE) : Optional.empty();
            case DOMESTIC_RECEPTION_BATCHES -> unit.equals("人次") ? Optional.of(CountLine.DOMESTIC_RECEPTION_PEOPLE) : Optional.empty();
            case FOREIGN_RECEPTION_BATCHES -> unit.equals("人次") ? Optional.of(CountLine.FOREIGN_RECEPTION_PEOPLE) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<CountLine> reception(String words, String unit) {
        boolean foreign = FOREIGN.matcher(words).find();
        boolean domestic = DOMESTIC.matcher(words).find();
        if (foreign && domestic) {
            return Optional.empty();
        }
        boolean batches = unit.equals("批次");
        if (!batches && !unit.equals("人次")) {
            return Optional.empty();
        }
        if (foreign) {
            return Optional.of(batches ? CountLine.FOREIGN_RECEPTION_BATCHES : CountLine.FOREIGN_RECEPTION_PEOPLE);
        }
        if (domestic) {
            return Optional.of(batches ? CountLine.DOMESTIC_RECEPTION_BATCHES : CountLine.DOMESTIC_RECEPTION_PEOPLE);
        }
        return Optional.of(batches ? CountLine.RECEPTION_BATCHES : CountLine.RECEPTION_PEOPLE);
    }
}
