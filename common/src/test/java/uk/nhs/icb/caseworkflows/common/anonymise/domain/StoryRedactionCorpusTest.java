package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The story redactor measured on the labelled corpus (docs/stories.md has the figures). An
 * identifier counts as removed only when redactions cover every one of its characters (a partial
 * string left is a miss); a phrase to keep counts as kept only when no redaction touches it; a
 * redaction that touches no labelled identifier is a false one, counted against its kind.
 */
class StoryRedactionCorpusTest {

  private static final GivenNames NAMES = GivenNames.shipped();
  private static StoryCorpus corpus;
  private static final List<String> misses = new ArrayList<>();

  @BeforeAll
  static void readCorpus() {
    corpus = StoryCorpus.read();
  }

  private record Score(int found, int of) {
    double rate() {
      return of == 0 ? 1.0 : (double) found / of;
    }
  }

  @Test
  void theCorpusIsBigEnoughAndHasEveryKind() {
    assertTrue(corpus.narratives().size() >= 40, "at least 40 narratives");
    for (Placeholder kind : Placeholder.values()) {
      assertTrue(
          corpus.narratives().stream()
              .flatMap(n -> n.labels().stream())
              .anyMatch(label -> label.kind() == kind),
          "the corpus labels some " + kind);
    }
  }

  @Test
  void everyMentionOfAKnownIdentityIsRemoved() {
    Score score = recall(true);
    report();
    assertEquals(score.of(), score.found(), "known-identity mentions removed: " + misses);
  }

  @Test
  void atLeast95PercentOfOtherIdentifiersAreRemoved() {
    Score score = recall(false);
    report();
    assertTrue(score.rate() >= 0.95, "other identifiers removed " + score + " " + misses);
  }

  @Test
  void atLeast95PercentOfThePhrasesToKeepSurvive() {
    report();
    int kept = 0;
    int of = 0;
    List<String> lost = new ArrayList<>();
    for (StoryCorpus.Narrative narrative : corpus.narratives()) {
      List<IdentitySpan> spans = redact(narrative).redactions();
      for (StoryCorpus.Keep keep : narrative.keeps()) {
        of++;
        if (spans.stream().noneMatch(s -> s.start() < keep.end() && keep.start() < s.end())) {
          kept++;
        } else {
          lost.add(narrative.id() + ":" + keep.text());
        }
      }
    }
    assertTrue(kept >= 0.95 * of, "phrases kept " + kept + "/" + of + " lost " + lost);
  }

  @Test
  void eachKindIsAtLeast95PercentPreciseAndFound() {
    Map<Placeholder, int[]> byKind = perKind();
    for (Map.Entry<Placeholder, int[]> kind : byKind.entrySet()) {
      int[] n = kind.getValue();
      // n[0] labelled, n[1] labelled and removed, n[2] redactions of the kind, n[3] false ones
      assertTrue(n[1] >= 0.95 * n[0], kind.getKey() + " recall " + n[1] + "/" + n[0]);
      assertTrue(n[3] <= 0.05 * n[2], kind.getKey() + " false " + n[3] + "/" + n[2]);
    }
  }

  @Test
  void theRedactedTextHasPlaceholdersOnlyWhereTheOffsetsSay() {
    for (StoryCorpus.Narrative narrative : corpus.narratives()) {
      RedactedText result = redact(narrative);
      StringBuilder rebuilt = new StringBuilder();
      int at = 0;
      for (IdentitySpan span : result.redactions()) {
        rebuilt.append(narrative.text(), at, span.start()).append(span.kind().text());
        at = span.end();
      }
      rebuilt.append(narrative.text().substring(at));
      assertEquals(rebuilt.toString(), result.redacted(), narrative.id());
    }
  }

  private static RedactedText redact(StoryCorpus.Narrative narrative) {
    return new StoryRedaction(narrative.known(), NAMES).apply(narrative.text());
  }

  private static Score recall(boolean known) {
    int found = 0;
    int of = 0;
    for (StoryCorpus.Narrative narrative : corpus.narratives()) {
      List<IdentitySpan> spans = redact(narrative).redactions();
      for (StoryCorpus.Label label : narrative.labels()) {
        if (label.known() != known) {
          continue;
        }
        of++;
        if (covered(label, spans)) {
          found++;
        } else {
          misses.add(narrative.id() + ":" + label.text());
        }
      }
    }
    return new Score(found, of);
  }

  private static boolean covered(StoryCorpus.Label label, List<IdentitySpan> spans) {
    for (int i = label.start(); i < label.end(); i++) {
      int at = i;
      if (spans.stream().noneMatch(s -> s.start() <= at && at < s.end())) {
        return false;
      }
    }
    return true;
  }

  private static Map<Placeholder, int[]> perKind() {
    Map<Placeholder, int[]> byKind = new EnumMap<>(Placeholder.class);
    for (Placeholder kind : Placeholder.values()) {
      byKind.put(kind, new int[4]);
    }
    for (StoryCorpus.Narrative narrative : corpus.narratives()) {
      List<IdentitySpan> spans = redact(narrative).redactions();
      for (StoryCorpus.Label label : narrative.labels()) {
        byKind.get(label.kind())[0]++;
        if (covered(label, spans)) {
          byKind.get(label.kind())[1]++;
        }
      }
      for (IdentitySpan span : spans) {
        byKind.get(span.kind())[2]++;
        boolean onALabel =
            narrative.labels().stream()
                .anyMatch(l -> l.start() < span.end() && span.start() < l.end());
        if (!onALabel) {
          byKind.get(span.kind())[3]++;
          misses.add(
              "FALSE "
                  + narrative.id()
                  + ":"
                  + narrative.text().substring(span.start(), span.end()));
        }
      }
    }
    return byKind;
  }

  /** The figures docs/stories.md quotes, printed where the build log keeps them. */
  private static void report() {
    StringBuilder line = new StringBuilder("Story corpus: ");
    line.append(corpus.narratives().size()).append(" narratives; known ");
    line.append(recallFigure(true)).append("; other ").append(recallFigure(false));
    long keeps = corpus.narratives().stream().mapToLong(n -> n.keeps().size()).sum();
    long kept =
        corpus.narratives().stream()
            .mapToLong(
                n -> {
                  List<IdentitySpan> spans = redact(n).redactions();
                  return n.keeps().stream()
                      .filter(
                          k ->
                              spans.stream()
                                  .noneMatch(s -> s.start() < k.end() && k.start() < s.end()))
                      .count();
                })
            .sum();
    line.append("; kept ").append(kept).append("/").append(keeps);
    perKind()
        .forEach(
            (kind, n) ->
                line.append("; ")
                    .append(kind)
                    .append(" labelled ")
                    .append(n[0])
                    .append(" removed ")
                    .append(n[1])
                    .append(" redactions ")
                    .append(n[2])
                    .append(" false ")
                    .append(n[3]));
    line.append("; false ones ")
        .append(misses.stream().filter(m -> m.startsWith("FALSE")).distinct().toList());
    System.getLogger("corpus").log(System.Logger.Level.INFO, line.toString());
  }

  private static String recallFigure(boolean known) {
    Score score = recall(known);
    return score.found() + "/" + score.of();
  }
}
