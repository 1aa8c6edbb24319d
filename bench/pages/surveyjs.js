// The same scan as vk-quick-scan (bench/scan.mjs writes its definition from
// data/), built with SurveyJS the way its documentation shows for plain
// JavaScript (survey-core + survey-js-ui): the optional own top four, then one
// page per priority value and per learning level, three required statements
// each, on the same six-option scale. Hooks as in quick-scan.js.
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));

window.__firstQuestion = new Promise((resolve) => {
  const check = () => {
    const input = document.querySelector('#surveyContainer input');
    const box = input?.closest('.sd-item') ?? input;
    if (box && box.getBoundingClientRect().height > 0) resolve(performance.now());
    else requestAnimationFrame(check);
  };
  check();
});

const started = (async () => {
  const definition = await (await fetch('/bench/.out/scan-definition.json')).json();
  const choices = [
    { value: 1, text: 'Nooit' },
    { value: 2, text: 'Zelden' },
    { value: 3, text: 'Soms' },
    { value: 4, text: 'Vaak' },
    { value: 5, text: 'Altijd' },
    { value: 'nvt', text: 'Niet van toepassing' },
  ];
  let n = 0;
  const pages = [
    {
      name: 'waarden',
      title: 'Jouw eigen top vier',
      elements: [
        {
          type: 'checkbox',
          name: 'eigenWaarden',
          title: 'Welke vier waarden vind jij zelf het belangrijkst? (niet verplicht)',
          choices: definition.values.map((v) => ({ value: v.id, text: v.name })),
          maxSelectedChoices: 4,
          colCount: 3,
        },
      ],
    },
    ...definition.pages.map((p, i) => ({
      name: `p${i + 1}`,
      title: p.title,
      elements: p.items.map((item) => ({
        type: 'radiogroup',
        name: item.id,
        title: `${++n}. ${item.statement}`,
        isRequired: true,
        choices,
        colCount: 0,
      })),
    })),
  ];
  const survey = new Survey.Model({ locale: 'nl', showProgressBar: 'top', pages });
  window.__survey = survey;
  const completed = new Promise((resolve) => survey.onComplete.add(() => resolve(performance.now())));
  survey.render(document.getElementById('surveyContainer'));
  return { survey, completed };
})();

/** Leaves the optional top four empty, answers "Vaak" to every statement, page by page, and completes. */
window.__answerAll = async () => {
  const { survey, completed } = await started;
  await window.__firstQuestion;
  const start = performance.now();
  for (;;) {
    await frame();
    for (const question of document.querySelectorAll('#surveyContainer .sd-question')) {
      question.querySelectorAll('input[type="radio"]')[3]?.click();
    }
    if (survey.isLastPage) {
      document.querySelector('#surveyContainer .sd-navigation__complete-btn, #surveyContainer input[value="Voltooien"]').click();
      break;
    }
    document.querySelector('#surveyContainer .sd-navigation__next-btn, #surveyContainer input[value="Volgende"]').click();
  }
  return (await completed) - start;
};
