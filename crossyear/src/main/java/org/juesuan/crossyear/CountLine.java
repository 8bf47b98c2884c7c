package org.juesuan.crossyear;

/** The 三公 count lines compared across years, with the name a reviewer reads and the unit they are counted in. */
public enum CountLine {
    OUTBOUND_GROUPS("因公出国（境）团组数", "个"),
    OUTBOUND_PEOPLE("因公出国（境）人次", "人次"),
    VEHICLES_BOUGHT("公务用车购置数", "辆"),
    VEHICLES_HELD("公务用车保有量", "辆"),
    RECEPTION_BATCHES("公务接待批次", "批次"),
    RECEPTION_PEOPLE("公务接待人次", "人次"),
    DOMESTIC_RECEPTION_BATCHES("国内公务接待批次", "批次"),
    DOMESTIC_RECEPTION_PEOPLE("国内公务接待人次", "人次"),
    FOREIGN_RECEPTION_BATCHES("外宾接待批次", "批次"),
    FOREIGN_RECEPTION_PEOPLE("外宾接待人次", "人次");

    private final String chineseName;
    private final String unit;

    CountLine(String chineseName, String unit) {
        this.chineseName = chineseName;
        this.unit = unit;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The unit printed after a count of this line (团组 are also counted as 团组). */
    public String unit() {
        return unit;
    }
}
