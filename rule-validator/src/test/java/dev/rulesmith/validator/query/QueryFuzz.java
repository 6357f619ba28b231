package dev.rulesmith.validator.query;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Mutation fuzzing of a query parser: random edits of seed queries (deletions, inserted fragments, random characters,
 * cut and duplicated spans) may only ever be rejected with a {@link QuerySyntaxException}, never with another
 * exception or error; enough of them must be rejected, and not all, for the run to have tested something.
 */
public final class QueryFuzz {

    private static final long SEED = 20_261_129L;

    private QueryFuzz() {
    }

    /** Parses {@code mutations} mutants of the seeds, failing the test on anything but a clean syntax error. */
    public static void onlyCleanSyntaxErrors(List<String> seeds, String[] fragments, int mutations,
                                             Consumer<String> parser) {
        Random random = new Random(SEED);
        int rejected = 0;
        for (int n = 0; n < mutations; n++) {
            String mutant = mutate(seeds.get(random.nextInt(seeds.size())), fragments, random);
            try {
                parser.accept(mutant);
            } catch (QuerySyntaxException e) {
                rejected++;
            } catch (RuntimeException | Error e) {
                fail("mutation " + n + " threw " + e + " for:\n" + mutant, e);
            }
        }
        assertTrue(rejected > mutations / 10, "too few mutants rejected: " + rejected);
        assertTrue(rejected < mutations, "every mutant rejected: the seeds do not parse");
    }

    private static String mutate(String seed, String[] fragments, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && text.length() > 0; e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, fragments[random.nextInt(fragments.length)]);
                case 2 -> text.setCharAt(at, (char) (32 + random.nextInt(95)));
                case 3 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
                default -> {
                    int from = random.nextInt(text.length());
                    int to = Math.min(text.length(), from + random.nextInt(40));
                    text.insert(at, text.substring(from, to));
                }
            }
        }
        return text.toString();
    }
}
