package org.juesuan.spark.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.juesuan.output.run.FindingColumn;
import org.juesuan.output.run.FindingRow;

/**
 * The findings table's columns: the CSV's ({@link FindingColumn}, so the two never drift), named by
 * the column's constant in lower case (document, organization, year, rule, rule_id, severity, …);
 * year and page are integers, the rest text (decimals as printed, toPlainString).
 */
public final class FindingFields {
    private FindingFields() {
    }

    public static String name(FindingColumn column) {
        return column.name().toLowerCase(Locale.ROOT);
    }

    public static List<StructField> fields() {
        List<StructField> fields = new ArrayList<>();
        for (FindingColumn column : FindingColumn.values()) {
            fields.add(DataTypes.createStructField(name(column), type(column), true));
        }
        return fields;
    }

    public static Row row(FindingRow finding) {
        FindingColumn[] columns = FindingColumn.values();
        Object[] values = new Object[columns.length];
        for (int i = 0; i < columns.length; i++) {
            values[i] = value(columns[i], columns[i].value(finding));
        }
        return RowFactory.create(values);
    }

    private static DataType type(FindingColumn column) {
        return column == FindingColumn.YEAR || column == FindingColumn.PAGE ? DataTypes.IntegerType : DataTypes.StringType;
    }

    private static Object value(FindingColumn column, Object value) {
        if (value == null || type(column) == DataTypes.IntegerType) {
            return value;
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
