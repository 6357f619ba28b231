package dev.rulesmith.validator.kql;

import java.util.Map;
import java.util.Optional;

/**
 * How {@link KqlToDsl} builds queries, mirroring Kibana's {@code KueryQueryOptions} and index pattern.
 *
 * @param fields              the index pattern's fields: full dotted name to Elasticsearch type ({@code keyword},
 *                            {@code date}, {@code nested}, …); empty, as for detection rules run on index patterns,
 *                            means every field name is used as written and matched with {@code match}
 * @param caseInsensitive     when present, the {@code case_insensitive} flag of term and wildcard queries
 * @param dateFormatTz        when present, the {@code time_zone} of date range queries (Kibana's dateFormat:tz)
 * @param filtersInMustClause AND clauses go to {@code must} instead of {@code filter}
 */
public record KqlDslOptions(Map<String, String> fields, Optional<Boolean> caseInsensitive,
                            Optional<String> dateFormatTz, boolean filtersInMustClause) {

    public KqlDslOptions {
        fields = Map.copyOf(fields);
    }

    /** Kibana's defaults with no field list: what the detection engine uses for rules on index patterns. */
    public static KqlDslOptions defaults() {
        return new KqlDslOptions(Map.of(), Optional.empty(), Optional.empty(), false);
    }

    public KqlDslOptions withFields(Map<String, String> types) {
        return new KqlDslOptions(types, caseInsensitive, dateFormatTz, filtersInMustClause);
    }

    public KqlDslOptions withCaseInsensitive(boolean flag) {
        return new KqlDslOptions(fields, Optional.of(flag), dateFormatTz, filtersInMustClause);
    }

    public KqlDslOptions withDateFormatTz(String timeZone) {
        return new KqlDslOptions(fields, caseInsensitive, Optional.of(timeZone), filtersInMustClause);
    }

    public KqlDslOptions withFiltersInMustClause(boolean flag) {
        return new KqlDslOptions(fields, caseInsensitive, dateFormatTz, flag);
    }
}
