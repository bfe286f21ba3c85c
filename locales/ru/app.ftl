# Interface text, Russian. Keep sentences short and plain.
#
# The departure-words line lists the words (or stems) this language uses in its
# messages for leaving the Netherlands and for going back. quick-exit,
# start-privacy-3 and nav-back may not contain any of them, and each must occur
# in some message. A word matches anywhere inside a text (case, tatweel, Arabic
# vowel marks and zero-width joiners ignored), so a stem covers its forms.
# Checked by tests/exit_words.rs.
# departure-words: выезд, уехать, возвращ, вернуться, вернётесь

app-name = Wegwijzer
skip-to-content = Перейти к вопросу

## Start screen

start-title = Найдите поддержку, которая вам подходит
start-intro = Ваше заявление на убежище отклонили. Возможно, у вас есть вопросы, сомнения или тревоги. Ответьте на несколько коротких вопросов. Потом вы увидите, какая поддержка может вам подойти и почему.
start-privacy-title = Ваша личная информация
start-privacy-1 = Ваши ответы не покидают это устройство.
start-privacy-2 = Ничего не сохраняется, если вы сами не решите это сохранить.
start-privacy-3 = В любой момент вы можете всё стереть или быстро закрыть эту страницу.
start-limits = Этот инструмент не может скрыть, что вы были на этом сайте. Это видно в истории браузера. Если телефоном пользуются и другие люди, откройте приватное окно.
start-not-advice = Этот инструмент даёт информацию. Это не юридическая консультация. Прежде чем что-то решить, всегда поговорите с VluchtelingenWerk или с адвокатом.
start-time = Примерно 5–10 минут. Вы можете пропустить любой деликатный вопрос.
start-begin = Начать
start-resume = Продолжить с того места, где я сохранил(а)
start-mode-counsellor = Я консультант, я сижу рядом с клиентом
start-counsellor-lang = Язык для консультанта
start-unreviewed = Этот перевод ещё не проверил носитель языка.
start-partly-reviewed = Часть этого перевода проверил носитель языка ({ $percent } %). Остальное ещё не проверено.
start-reviewed = Этот перевод проверил носитель языка.

## Language

language-label = Язык

## Question screen

progress = Вопрос { $current } примерно из { $total }
why-we-ask = Почему мы спрашиваем: { $why }
nav-back = Назад
nav-continue = Дальше
nav-to-result = Посмотреть результат
date-enter = Дата на письме
date-or = Или выберите, как давно это было:
country-search = Начните вводить название страны
country-none = Страна не найдена. Можно выбрать «Другое».

error-title = Что-то не так
error-empty = Выберите ответ, чтобы продолжить. Можно также выбрать «Предпочитаю не отвечать».
error-exclusive = Ответ «{ $option }» нельзя выбрать вместе с другими ответами. Выберите только его или только другие ответы.
error-future-date = Эта дата ещё не наступила. Введите дату на вашем письме или выберите, как давно это было.
error-unknown-option = Такой ответ невозможен. Выберите один из ответов на экране.

## Result screen

result-title = Поддержка, которая может вам подойти
result-intro = Это основано на ваших ответах. Вы сами решаете, что делать. Ниже мы объясняем каждый вариант.
result-not-advice = Это информация, а не юридическая консультация. Проверьте всё в VluchtelingenWerk или у адвоката.
result-urgent-title = Сначала самое срочное
result-routes-title = Поддержка, которая подходит к вашим ответам
result-other-title = Другие варианты, о которых можно спросить
result-other-why = Ваши ответы показывают, что возвращение сейчас — не тот путь, который мы предлагаем. У каждого варианта указана причина. Сначала — разговор и проверка ваших возможностей. Вы всё равно можете спросить о возвращении, если хотите.
because = Потому что вы ответили:
reason-general = Это доступно всем, кому отказали в убежище.
what-next = Что вы можете сделать
whom-to-contact = К кому обратиться
points-title = На что обратить внимание:
referral-phone = Телефон: { $phone }
referral-web = Сайт: { $web }
referral-checked = Проверено { $date }. Данные могут измениться: VluchtelingenWerk может их подтвердить.
result-restart = Изменить мои ответы
result-summary = Сделать сводку, чтобы сохранить её

## Counsellor view

counsellor-rule = Правило: { $rule }
counsellor-answers = Ответы, на которых это основано:
counsellor-check-title = Что проверить дальше
counsellor-check-letter = Прочитайте письмо с решением: дата, процедура и срок для обжалования.
counsellor-check-lawyer = Спросите, есть ли адвокат и когда с ним можно связаться.
counsellor-check-fear = Уделите время страху перед возвращением. Подумайте об анализе истории бегства.
counsellor-check-urgent = Прежде всего займитесь срочными пунктами выше.

## Summary

summary-title = Ваша сводка
summary-date = Создано { $date }
summary-include-answers = Показать в сводке и мои ответы
summary-include-cards = Добавить также полное объяснение и источники (приложение)
summary-dates-title = Важные даты
summary-appendix-title = Приложение
summary-answers-title = Ваши ответы
summary-print = Распечатать
summary-download = Сохранить как файл
summary-back = Назад к результату

## Save, resume and hand-off

save-title = Сохранить на этом устройстве
save-explain = Ваши ответы закрыты паролем, который вы выбираете сами. Без пароля никто не сможет их прочитать. Вы тоже не сможете.
save-passphrase = Пароль (не меньше 8 символов)
save-passphrase-again = Повторите пароль
save-button = Сохранить
save-done = Сохранено на этом устройстве.
save-replace-ask = На этом устройстве уже сохранены ответы. Если сохранить сейчас, они будут заменены, и прежние ответы пропадут. Нажмите «Заменить», чтобы продолжить.
save-replace-button = Заменить
save-unavailable = В этом браузере нельзя сохранять (например, в приватном окне). Инструмент всё равно работает.
save-too-short = Пароль слишком короткий. Используйте не меньше 8 символов.
save-mismatch = Пароли не совпадают.
resume-title = Продолжить с того места, где вы сохранили
resume-button = Открыть
export-button = Экспорт в файл (защищён паролем)
export-done = Файл создан. Храните его в надёжном месте.
import-button = Открыть экспортированный файл

## Always available

forget = Стереть всё
forget-confirm = Стереть все ответы и всё, что сохранено на этом устройстве?
forget-yes = Да, стереть
forget-no = Нет
forgotten = Всё стёрто с этого устройства.
quick-exit = Закрыть страницу
quick-exit-hint = Или нажмите Esc три раза
timeout-warning = Вы давно ничего не делали. Через одну минуту ваши ответы будут стёрты.
timeout-stay = Я ещё здесь
timeout-done = Ваши ответы стёрты, потому что долго ничего не происходило.
neutral-title = Показывать нейтральное название вкладки

## Read aloud

read-aloud = Читать вслух
read-stop = Остановить чтение
read-no-voice = На этом устройстве нет голоса для этого языка.
