/**
 * The delegates ifr.bpmn names (ifrLetters, ifrFlags, ifrClosure): thin, they read the request id
 * and the model's instruction and call the application layer.
 */
package uk.nhs.icb.caseworkflows.ifr.process;
