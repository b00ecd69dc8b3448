package uk.nhs.icb.caseworkflows.app.letters;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF as the judge of PDF/A and PDF/UA: the failed rules of a document, empty when it passes.
 */
public final class PdfAValidator {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfAValidator() {}

  public static List<String> failedRules(byte[] pdf, String flavour) {
    try (PDFAParser parser =
        Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.fromString(flavour))) {
      PDFAValidator validator =
          Foundries.defaultInstance().createValidator(PDFAFlavour.fromString(flavour), false);
      ValidationResult result = validator.validate(parser);
      return result.getTestAssertions().stream()
          .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
          .map(
              assertion ->
                  assertion.getRuleId().getClause()
                      + "-"
                      + assertion.getRuleId().getTestNumber()
                      + ": "
                      + assertion.getMessage())
          .distinct()
          .toList();
    } catch (ModelParsingException | EncryptedPdfException | ValidationException e) {
      throw new IllegalStateException("veraPDF could not read the document", e);
    } catch (Exception closing) {
      throw new IllegalStateException(closing);
    }
  }
}
