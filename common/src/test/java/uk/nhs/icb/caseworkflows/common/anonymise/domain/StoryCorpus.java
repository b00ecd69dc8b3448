package uk.nhs.icb.caseworkflows.common.anonymise.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.nhs.icb.caseworkflows.common.party.domain.NhsNumber;

/**
 * The labelled corpus in {@code anonymise/story-corpus.txt}: each narrative's clean text, the
 * case's known identities, the labelled identifiers (with offsets into the clean text, the kind and
 * whether the case knows them) and the phrases that must survive.
 */
record StoryCorpus(List<StoryCorpus.Narrative> narratives) {

  record Label(int start, int end, Placeholder kind, boolean known, String text) {}

  record Keep(int start, int end, String text) {}

  record Narrative(
      String id, String text, KnownIdentities known, List<Label> labels, List<Keep> keeps) {}

  private static final Pattern MARK =
      Pattern.compile("\\[\\[(NAME|NHS|DATE|ADDRESS|PHONE|EMAIL)(\\*?):(.+?)]]|\\{\\{(.+?)}}");

  static StoryCorpus read() {
    try (InputStream in = StoryCorpus.class.getResourceAsStream("/anonymise/story-corpus.txt")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Narrative> narratives = new ArrayList<>();
      for (String block : all.split("(?m)^=== ")) {
        if (block.startsWith("#") || block.isBlank()) {
          continue;
        }
        narratives.add(narrative(block));
      }
      return new StoryCorpus(narratives);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Narrative narrative(String block) {
    String id = block.substring(0, block.indexOf(':'));
    String knownLine = block.lines().filter(l -> l.startsWith("known:")).findFirst().orElseThrow();
    String marked = block.substring(block.indexOf("text:\n") + "text:\n".length()).strip();
    StringBuilder clean = new StringBuilder();
    List<Label> labels = new ArrayList<>();
    List<Keep> keeps = new ArrayList<>();
    Matcher mark = MARK.matcher(marked);
    int at = 0;
    while (mark.find()) {
      clean.append(marked, at, mark.start());
      int start = clean.length();
      if (mark.group(1) != null) {
        clean.append(mark.group(3));
        labels.add(
            new Label(
                start,
                clean.length(),
                kind(mark.group(1)),
                !mark.group(2).isEmpty(),
                mark.group(3)));
      } else {
        clean.append(mark.group(4));
        keeps.add(new Keep(start, clean.length(), mark.group(4)));
      }
      at = mark.end();
    }
    clean.append(marked.substring(at));
    return new Narrative(id, clean.toString(), known(knownLine), labels, keeps);
  }

  private static Placeholder kind(String label) {
    return label.equals("NHS") ? Placeholder.NHS_NUMBER : Placeholder.valueOf(label);
  }

  /** "NAME=...; NHS_NUMBER=..." as the preview API would be given them. */
  static KnownIdentities known(String line) {
    KnownIdentities known = KnownIdentities.none();
    for (String entry : line.substring("known:".length()).split(" ; ")) {
      if (entry.isBlank()) {
        continue;
      }
      String kind = entry.substring(0, entry.indexOf('=')).strip();
      String value = entry.substring(entry.indexOf('=') + 1).strip();
      known =
          switch (kind) {
            case "NAME" -> known.withName(value);
            case "NHS_NUMBER" -> known.withNhsNumber(NhsNumber.parse(value));
            case "DATE_OF_BIRTH" -> known.withDateOfBirth(LocalDate.parse(value));
            case "ADDRESS" -> known.withAddressText(value);
            case "PHONE" -> known.withPhone(value);
            case "EMAIL" -> known.withEmail(value);
            default -> throw new IllegalArgumentException(kind);
          };
    }
    return known;
  }
}
