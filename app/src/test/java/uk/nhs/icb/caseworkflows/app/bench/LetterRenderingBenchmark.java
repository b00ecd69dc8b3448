package uk.nhs.icb.caseworkflows.app.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterComposer;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterExamples;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterTemplateCatalogue;
import uk.nhs.icb.caseworkflows.common.letters.application.PdfLetterRenderer;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterContent;
import uk.nhs.icb.caseworkflows.common.letters.domain.LetterTemplate;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letterhead;

/**
 * How fast a two-page letter is composed and rendered to PDF/A-2a: p50 and p95 of single renders on
 * one thread, then letters per second with one and with two threads. Run with {@code mvn -Pbench
 * -pl app -am verify -DskipTests}; figures go to standard output.
 */
public final class LetterRenderingBenchmark {

  private static final int WARM_UP = 40;
  private static final int MEASURED = 200;

  private LetterRenderingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    LetterTemplate template = LetterTemplateCatalogue.fromClassPath().current("probe-letter");
    LetterContent twoPages = twoPageLetter(LetterExamples.of(template));
    LetterComposer composer = new LetterComposer();
    PdfLetterRenderer renderer = new PdfLetterRenderer();
    Letterhead letterhead =
        new Letterhead(
            "NHS Example Integrated Care Board",
            List.of("Example House", "Luton"),
            "LU1 2LJ",
            "0300 000 0000",
            "icb@nhs.net",
            "www.example-icb.nhs.uk");
    LocalDate date = LocalDate.of(2026, 11, 23);

    byte[] sample = renderer.render(composer.compose(template, twoPages, letterhead, date));
    try (PDDocument document = Loader.loadPDF(sample)) {
      print("letter: %d pages, %d bytes", document.getNumberOfPages(), sample.length);
    }
    for (int i = 0; i < WARM_UP; i++) {
      renderer.render(composer.compose(template, twoPages, letterhead, date));
    }
    long[] nanos = new long[MEASURED];
    for (int i = 0; i < MEASURED; i++) {
      long start = System.nanoTime();
      renderer.render(composer.compose(template, twoPages, letterhead, date));
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    print(
        "render time over %d letters: p50 %.1f ms, p95 %.1f ms, max %.1f ms",
        MEASURED,
        ms(nanos[MEASURED / 2]),
        ms(nanos[(int) (MEASURED * 0.95)]),
        ms(nanos[MEASURED - 1]));
    for (int threads : new int[] {1, 2}) {
      print(
          "%d thread(s): %.1f letters per second",
          threads,
          throughput(
              threads,
              () -> renderer.render(composer.compose(template, twoPages, letterhead, date))));
    }
    // Retained heap after a collection: what the renderer, fonts and caches keep between letters.
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    print(
        "heap retained after the run and a GC: %d MB",
        (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
  }

  private static double throughput(int threads, Runnable render) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    int letters = MEASURED;
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < letters; i++) {
      done.add(pool.submit(render));
    }
    for (Future<?> letter : done) {
      letter.get();
    }
    long elapsed = System.nanoTime() - start;
    pool.shutdown();
    return letters / (elapsed / 1e9);
  }

  /** The example letter with a statement long enough to need a second page. */
  private static LetterContent twoPageLetter(LetterContent example) throws IOException {
    Map<String, Object> fields = new HashMap<>(example.fields());
    fields.put(
        "statement",
        IntStream.range(0, 45)
            .mapToObj(
                i ->
                    "On the day of the appointment the transport did not arrive and nobody called to explain.")
            .collect(Collectors.joining(" ")));
    return new LetterContent(
        example.kind(),
        example.reference(),
        example.nhsNumber(),
        example.recipient(),
        example.signatory(),
        fields);
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static void print(String format, Object... values) {
    System.out.println("[bench] " + String.format(Locale.UK, format, values));
  }
}
