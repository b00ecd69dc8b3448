package uk.nhs.icb.caseworkflows.complaints.web.pages;

/**
 * A form that records something on the file without finishing a step (evidence, a consent, a clock
 * stop): after it the handler goes back to the case page, not to the task list.
 */
abstract class RecordingForm extends StepForm {

  RecordingForm(String path, String title, String firstField) {
    super(path, title, firstField);
  }

  @Override
  public boolean completesStep() {
    return false;
  }
}
