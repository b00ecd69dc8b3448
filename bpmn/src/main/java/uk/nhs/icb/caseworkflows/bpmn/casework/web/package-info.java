/** What every case file shows of its process over REST: the steps it waits at. */
package uk.nhs.icb.caseworkflows.bpmn.casework.web;
