/** Checksums of stored files (letters, documents), so a download can be proved unchanged. */
package uk.nhs.icb.caseworkflows.common.checksum;
