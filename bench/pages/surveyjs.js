// The same twelve statements as vk-quick-scan, built with SurveyJS the way
// its documentation shows for plain JavaScript (survey-core + survey-js-ui).
(async () => {
  const statements = await (await fetch('/bench/.out/scan-statements.json')).json();
  const choices = [
    { value: 1, text: 'Nooit' },
    { value: 2, text: 'Zelden' },
    { value: 3, text: 'Soms' },
    { value: 4, text: 'Vaak' },
    { value: 5, text: 'Altijd' },
    { value: 'nvt', text: 'Niet van toepassing' },
  ];
  const perPage = 4;
  const pages = [];
  for (let i = 0; i < statements.length; i += perPage) {
    pages.push({
      name: `p${i / perPage + 1}`,
      elements: statements.slice(i, i + perPage).map((s, j) => ({
        type: 'radiogroup',
        name: `q${i + j + 1}`,
        title: s,
        isRequired: true,
        choices,
        colCount: 0,
      })),
    });
  }
  const survey = new Survey.Model({ locale: 'nl', showProgressBar: 'top', pages });
  window.__survey = survey;
  window.__completed = new Promise((resolve) => survey.onComplete.add(() => resolve(performance.now())));
  survey.render(document.getElementById('surveyContainer'));

  window.__firstQuestion = new Promise((resolve) => {
    const check = () => {
      const radio = document.querySelector('#surveyContainer input[type="radio"]');
      if (radio && radio.getBoundingClientRect().height > 0) resolve(performance.now());
      else requestAnimationFrame(check);
    };
    check();
  });

  /** Answers every statement by clicking, page by page, and completes. */
  window.__answerAll = async () => {
    const start = performance.now();
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    while (true) {
      await frame();
      for (const group of document.querySelectorAll('#surveyContainer .sd-question')) {
        const option = group.querySelectorAll('input[type="radio"]')[3];
        option?.click();
      }
      const complete = document.querySelector('#surveyContainer input[value="Voltooien"], #surveyContainer .sd-navigation__complete-btn');
      if (complete && complete.offsetParent !== null) {
        complete.click();
        break;
      }
      const next = document.querySelector('#surveyContainer .sd-navigation__next-btn');
      next?.click();
    }
    const end = await window.__completed;
    return end - start;
  };
})();
