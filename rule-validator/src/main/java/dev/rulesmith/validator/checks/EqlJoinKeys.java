package dev.rulesmith.validator.checks;

import dev.rulesmith.validator.eql.EqlExpr;
import dev.rulesmith.validator.eql.EqlQuery;
import dev.rulesmith.validator.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The join keys of a sequence or sample: key {@code i} of every step (and of {@code until}) must be of a type
 * compatible with key {@code i} of the first step, as Elasticsearch's EQL verifier requires.
 */
final class EqlJoinKeys {

    private EqlJoinKeys() {
    }

    static List<Finding> check(EqlQuery query, EqlTypeScope scope) {
        List<List<EqlExpr>> steps = keysPerStep(query);
        List<Finding> findings = new ArrayList<>();
        if (steps.isEmpty()) {
            return findings;
        }
        List<EqlExpr> first = steps.get(0);
        for (List<EqlExpr> step : steps.subList(1, steps.size())) {
            for (int i = 0; i < Math.min(first.size(), step.size()); i++) {
                mismatch(first.get(i), step.get(i), scope).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static Optional<Finding> mismatch(EqlExpr expected, EqlExpr actual, EqlTypeScope scope) {
        Optional<EqlTypeScope.Typed> want = scope.typed(expected);
        Optional<EqlTypeScope.Typed> got = scope.typed(actual);
        if (want.isEmpty() || got.isEmpty() || EqlTypeFamily.ofMapping(want.get().type())
                .compatibleWith(EqlTypeFamily.ofMapping(got.get().type()))) {
            return Optional.empty();
        }
        return Optional.of(scope.at(actual, "join key '" + got.get().name() + "' (" + got.get().type()
                + ") is incompatible with key '" + want.get().name() + "' (" + want.get().type()
                + ") of the first step; Elasticsearch rejects the query"));
    }

    /** Each step's keys, the query-level {@code by} keys first; {@code until} is a step too. */
    private static List<List<EqlExpr>> keysPerStep(EqlQuery query) {
        List<EqlExpr> shared;
        List<EqlQuery.Step> steps = new ArrayList<>();
        if (query instanceof EqlQuery.Sequence sequence) {
            shared = sequence.by();
            steps.addAll(sequence.steps());
            sequence.until().ifPresent(steps::add);
        } else if (query instanceof EqlQuery.Sample sample) {
            shared = sample.by();
            steps.addAll(sample.steps());
        } else {
            return List.of();
        }
        List<List<EqlExpr>> keys = new ArrayList<>();
        for (EqlQuery.Step step : steps) {
            List<EqlExpr> all = new ArrayList<>(shared);
            all.addAll(step.by());
            keys.add(all);
        }
        return keys;
    }
}
