package uk.nhs.icb.caseworkflows.complaints.stories.application;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import uk.nhs.icb.caseworkflows.bpmn.api.CaseProcesses;
import uk.nhs.icb.caseworkflows.common.anonymise.application.StoryRedactions;
import uk.nhs.icb.caseworkflows.common.audit.application.AuditTrail;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEntry;
import uk.nhs.icb.caseworkflows.common.audit.domain.AuditEvent;
import uk.nhs.icb.caseworkflows.common.letters.application.LetterIssuing;
import uk.nhs.icb.caseworkflows.common.letters.domain.AddressedLetter;
import uk.nhs.icb.caseworkflows.common.letters.domain.Letter;
import uk.nhs.icb.caseworkflows.common.security.Caller;
import uk.nhs.icb.caseworkflows.common.security.application.CurrentCaller;
import uk.nhs.icb.caseworkflows.complaints.domain.AfterResponseRecords;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaint;
import uk.nhs.icb.caseworkflows.complaints.domain.ComplaintReference;
import uk.nhs.icb.caseworkflows.complaints.domain.Complaints;
import uk.nhs.icb.caseworkflows.complaints.letters.ComplaintLetterFixtures;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Stories;
import uk.nhs.icb.caseworkflows.complaints.stories.domain.Story;
import uk.nhs.icb.caseworkflows.complaints.stories.letters.StoryLetters;

/**
 * The story use cases wired as the container wires them, on a real engine ({@code engine} from the
 * process harness), with stand-ins for the database, the audit trail, the signed-in user and the
 * letter store, each keeping what it was given. The clock is the engine's, so timers and "now"
 * agree.
 */
final class StoryFakes {

  record Issued(String caseId, String kind, String to) {}

  final Map<String, Complaint> complaints = new LinkedHashMap<>();
  final Map<String, Story> stored = new LinkedHashMap<>();
  final List<AuditEntry> audited = new ArrayList<>();
  final List<Issued> letters = new ArrayList<>();
  Caller caller = new Caller("daniel.oconnor", Set.of("complaints-handler"));

  final StoryWork work;
  final StoryConsent consent;
  final StoryDrafting drafting;
  final StoryReviewing reviewing;
  final StoryPublishing publishing;
  final StoryReading reading;
  final PublishedStories published;
  final StoryOnFurtherResolution furtherResolution;

  StoryFakes(CaseProcesses processes, String smallNumberTerms) {
    Stories stories = new InMemoryStories();
    Clock engineClock =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneId.of("UTC");
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
          }
        };
    work =
        new StoryWork(
            stories,
            processes,
            new AuditTrail() {
              @Override
              public AuditEvent record(AuditEntry entry) {
                audited.add(entry);
                return null;
              }
            },
            new CurrentCaller() {
              @Override
              public Caller get() {
                return caller;
              }
            },
            engineClock);
    Complaints files =
        new Complaints() {
          @Override
          public ComplaintReference nextReference(int year) {
            throw new UnsupportedOperationException();
          }

          @Override
          public void add(Complaint complaint) {
            complaints.put(complaint.id(), complaint);
          }

          @Override
          public Optional<Complaint> find(String id) {
            return Optional.ofNullable(complaints.get(id));
          }

          @Override
          public Optional<Complaint> findByReference(ComplaintReference reference) {
            return Optional.empty();
          }
        };
    LetterIssuing issuing =
        new LetterIssuing() {
          @Override
          public Letter issue(String caseType, String caseId, AddressedLetter letter) {
            letters.add(
                new Issued(caseId, letter.content().kind(), letter.content().recipient().name()));
            return null;
          }
        };
    StorySettings settings = new StorySettings("P14D", smallNumberTerms);
    consent =
        new StoryConsent(
            work, files, new StoryLetters(ComplaintLetterFixtures.settings()), issuing, settings);
    drafting =
        new StoryDrafting(
            work, files, new StoryKnownIdentities(noAfterResponse()), new StoryRedactions());
    reviewing = new StoryReviewing(work);
    publishing = new StoryPublishing(work);
    reading = new StoryReading(work, files, settings);
    published = new PublishedStories(stories);
    furtherResolution = new StoryOnFurtherResolution(work, consent);
  }

  void signIn(String name, String role) {
    caller = new Caller(name, Set.of(role));
  }

  List<String> auditedActions() {
    return audited.stream().map(AuditEntry::action).toList();
  }

  /** Nothing recorded after the response: no staff told, no referrals. */
  private static AfterResponseRecords noAfterResponse() {
    return (AfterResponseRecords)
        Proxy.newProxyInstance(
            AfterResponseRecords.class.getClassLoader(),
            new Class<?>[] {AfterResponseRecords.class},
            (proxy, method, args) -> {
              if (method.getReturnType() == List.class) {
                return List.of();
              }
              if (method.getReturnType() == Optional.class) {
                return Optional.empty();
              }
              return null;
            });
  }

  private final class InMemoryStories implements Stories {

    @Override
    public void add(Story story) {
      stored.put(story.id(), story);
    }

    @Override
    public Optional<Story> find(String id) {
      return Optional.ofNullable(stored.get(id));
    }

    @Override
    public List<Story> ofComplaint(String complaintId) {
      return stored.values().stream()
          .filter(story -> story.complaintId().equals(complaintId))
          .toList();
    }

    @Override
    public List<Story> current() {
      return stored.values().stream().filter(s -> s.isUnderWay() || s.isPublished()).toList();
    }

    @Override
    public List<Story> publishedBetween(Instant from, Instant to) {
      return stored.values().stream()
          .filter(Story::isPublished)
          .filter(s -> !s.publishedAt().orElseThrow().isBefore(from))
          .filter(s -> s.publishedAt().orElseThrow().isBefore(to))
          .toList();
    }

    @Override
    public List<Story> withdrawnAfterPublication() {
      return stored.values().stream()
          .filter(Story::wasWithdrawnAfterPublication)
          .sorted(Comparator.comparing((Story s) -> s.withdrawnAt().orElseThrow()).reversed())
          .toList();
    }
  }
}
