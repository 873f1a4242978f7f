package id.kinerja.consistency;

import java.util.List;

/**
 * A check of a generated document's own model, contributed by the module that builds the document (the report
 * module's LAKIN): each figure printed in two places is one value, printed parents equal the sum of their printed
 * children. {@link ConsistencyCheck} adds its findings to the year's. An implementation builds the model without
 * rendering it; should building it ask for the consistency check again, that nested check leaves the documents out.
 */
public interface DocumentCheck {

    /** The findings about the documents of a unit's year (check id {@code document}). */
    List<Finding> check(String unitCode, int year);
}
