package org.juesuan.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The extension half of a document's key, and the cap on the listing's tasks. */
class DocumentKeyTest {
    private final SparkSession spark = LocalSpark.session();

    @Test
    void theExtensionOfAPathOrAZipEntryInLowerCase() {
        List<String> paths = List.of("file:/in/a.PDF", "file:/in/a.txt", "file:/in/x.zip!dir!b.docx", "file:/in/v1.0/none");
        List<String> extensions = spark.createDataset(paths, Encoders.STRING())
                .select(DocumentKey.extension(col("value"))).as(Encoders.STRING()).collectAsList();
        assertEquals(List.of("pdf", "txt", "docx", ""), extensions);
    }

    @Test
    void theListingIsCappedAtFourTasksACore() {
        ListingParallelism.cap(spark);
        assertEquals(Integer.toString(4 * spark.sparkContext().defaultParallelism()), spark.conf().get(ListingParallelism.KEY));
    }
}
