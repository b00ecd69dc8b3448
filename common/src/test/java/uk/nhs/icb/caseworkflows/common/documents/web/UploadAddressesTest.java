package uk.nhs.icb.caseworkflows.common.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.nhs.icb.caseworkflows.common.http.UploadPaths.Body;

class UploadAddressesTest {

  private final UploadAddresses addresses =
      new UploadAddresses("/api/ifr/{id}/requests/{requestId}/documents", "/ifr/{id}/evidence") {};

  @Test
  void aPostToTheRestUploadCarriesTheFileAsItsBody() {
    assertThat(addresses.documentAt("POST", "/api/ifr/c-1/requests/r-2/documents"))
        .contains(Body.RAW);
    assertThat(addresses.documentAt("POST", "/api/ifr/c-1/requests/r-2/documents/"))
        .contains(Body.RAW);
  }

  @Test
  void aPostToTheFormCarriesTheFileBesideItsFields() {
    assertThat(addresses.documentAt("POST", "/ifr/c-1/evidence")).contains(Body.FORM);
  }

  @Test
  void aModuleMayHaveSeveralFormsThatCarryAFile() {
    UploadAddresses several =
        new UploadAddresses("/api/ifr/{id}/documents", "/ifr/new", "/ifr/{id}/evidence") {};

    assertThat(several.documentAt("POST", "/ifr/new")).contains(Body.FORM);
    assertThat(several.documentAt("POST", "/ifr/r-1/evidence")).contains(Body.FORM);
    assertThat(several.documentAt("POST", "/api/ifr/r-1/documents")).contains(Body.RAW);
    assertThat(several.documentAt("POST", "/ifr/new/evidence")).contains(Body.FORM);
    assertThat(several.documentAt("POST", "/ifr/r-1/screening")).isEmpty();
    assertThat(several.documentAt("POST", "/ifr/newer")).isEmpty();
  }

  @Test
  void everyOtherRequestKeepsTheSmallLimit() {
    assertThat(addresses.documentAt("GET", "/api/ifr/c-1/requests/r-2/documents")).isEmpty();
    assertThat(addresses.documentAt("POST", "/api/ifr/c-1/requests/r-2/documents/d-3")).isEmpty();
    assertThat(addresses.documentAt("POST", "/api/ifr/c-1/x/requests/r-2/documents")).isEmpty();
    assertThat(addresses.documentAt("POST", "/api/ifr/c-1;x=1/requests/r-2/documents"))
        .isEqualTo(Optional.empty());
    assertThat(addresses.documentAt("POST", "/ifr/c-1/evidence/")).isEmpty();
    // The template is literal text, not a pattern: a dot is a dot.
    assertThat(
            new UploadAddresses("/api/a.b/{id}/documents", "/a.b/{id}") {}.documentAt(
                "POST", "/api/aXb/1/documents"))
        .isEmpty();
  }
}
