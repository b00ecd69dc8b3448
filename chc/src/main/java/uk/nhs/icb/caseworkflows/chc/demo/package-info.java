/** Made-up CHC cases at different stages for a development start; never in production. */
package uk.nhs.icb.caseworkflows.chc.demo;
