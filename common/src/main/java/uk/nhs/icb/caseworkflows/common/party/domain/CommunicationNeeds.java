package uk.nhs.icb.caseworkflows.common.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's information and communication needs (Accessible Information Standard, DCB1605),
 * recorded once on the person and honoured wherever a case writes to them or meets them: large
 * print, easy read, email only, a British Sign Language interpreter, braille-ready text, an
 * advocate, and a short note for what the list does not say ("prefers calls after 2pm").
 *
 * <p>Stored as two nullable columns (the needs' codes, comma-separated, and the note), so a table
 * that had none gains them without a migration. JPA gives back {@code null} for an embedded value
 * whose columns are all empty: the person holding it reads that as {@link #none()}.
 */
@Embeddable
public class CommunicationNeeds {

  public static final int MAX_NOTE_LENGTH = 500;
  private static final int MAX_CODES_LENGTH = 200;

  @Column(name = "communication_needs", length = MAX_CODES_LENGTH)
  private String codes;

  @Column(name = "communication_needs_note", length = MAX_NOTE_LENGTH)
  private String note;

  protected CommunicationNeeds() {}

  private CommunicationNeeds(Set<CommunicationNeed> needs, String note) {
    this.codes =
        needs.isEmpty()
            ? null
            : needs.stream().map(CommunicationNeed::code).collect(Collectors.joining(","));
    this.note = note;
  }

  public static CommunicationNeeds none() {
    return new CommunicationNeeds(EnumSet.noneOf(CommunicationNeed.class), null);
  }

  /**
   * The needs as recorded. The note is trimmed, a blank one is none; a longer note than {@link
   * #MAX_NOTE_LENGTH} throws IllegalArgumentException.
   */
  public static CommunicationNeeds of(Collection<CommunicationNeed> needs, String note) {
    Set<CommunicationNeed> set = EnumSet.noneOf(CommunicationNeed.class);
    set.addAll(needs);
    String trimmed = note == null || note.isBlank() ? null : note.strip();
    if (trimmed != null && trimmed.length() > MAX_NOTE_LENGTH) {
      throw new IllegalArgumentException(
          "a note on communication needs has at most " + MAX_NOTE_LENGTH + " characters");
    }
    return new CommunicationNeeds(set, trimmed);
  }

  public static CommunicationNeeds of(CommunicationNeed... needs) {
    return of(Arrays.asList(needs), null);
  }

  /**
   * The needs a form sent as checkbox codes ("large-print", "bsl-interpreter"); an unknown code
   * throws IllegalArgumentException naming it.
   */
  public static CommunicationNeeds fromCodes(Collection<String> formCodes, String note) {
    Set<CommunicationNeed> needs = EnumSet.noneOf(CommunicationNeed.class);
    for (String code : formCodes) {
      needs.add(
          CommunicationNeed.ofCode(code)
              .orElseThrow(
                  () -> new IllegalArgumentException("no communication need is called " + code)));
    }
    return of(needs, note);
  }

  /** The needs, in the order of {@link CommunicationNeed}. */
  public Set<CommunicationNeed> needs() {
    Set<CommunicationNeed> needs = EnumSet.noneOf(CommunicationNeed.class);
    if (codes != null) {
      // A code no longer known (a need retired) is skipped rather than failing the whole case.
      Arrays.stream(codes.split(","))
          .map(CommunicationNeed::ofCode)
          .flatMap(Optional::stream)
          .forEach(needs::add);
    }
    return needs;
  }

  public boolean has(CommunicationNeed need) {
    return needs().contains(need);
  }

  /** True when nothing is recorded: no need and no note. */
  public boolean isNone() {
    return needs().isEmpty() && note == null;
  }

  /** The note beside the list, or null. */
  public String note() {
    return note;
  }

  public CommunicationNeeds with(CommunicationNeed need) {
    Set<CommunicationNeed> more = needs();
    more.add(need);
    return of(more, note);
  }

  public CommunicationNeeds without(CommunicationNeed need) {
    Set<CommunicationNeed> fewer = needs();
    fewer.remove(need);
    return of(fewer, note);
  }

  /** Every letter to this person also goes as a large-print PDF. */
  public boolean wantsLargePrintLetters() {
    return has(CommunicationNeed.LARGE_PRINT);
  }

  /**
   * Every letter to this person also goes as plain text: braille is transcribed from it, and an
   * email-only contact receives it in the body of the email, which a screen reader reads best.
   */
  public boolean wantsPlainTextLetters() {
    return has(CommunicationNeed.BRAILLE_READY_TEXT) || has(CommunicationNeed.EMAIL_ONLY);
  }

  /**
   * "Needs large print; needs a BSL interpreter", for the top of a case page; empty when nothing is
   * recorded. The note is not part of it: a page shows it beside, as the person's own words.
   */
  public String pageText() {
    String text = needs().stream().map(CommunicationNeed::label).collect(Collectors.joining("; "));
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CommunicationNeeds that
        && needs().equals(that.needs())
        && Objects.equals(note, that.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(needs(), note);
  }

  @Override
  public String toString() {
    return "CommunicationNeeds[" + needs() + (note == null ? "" : ", with a note") + "]";
  }
}
