# Информация о стране и «Спокойно подумать», русский.

## Карточка страны

country-card-title = Информация о стране: { $country }
country-card-intro = Что известно о положении в этой стране и откуда эти сведения. Это информация, а не юридическая консультация.
country-card-checked = У каждого факта указано, когда мы проверяли его в последний раз. Всё может измениться. VluchtelingenWerk знает самое новое.
country-card-vwn-explains = VluchtelingenWerk может объяснить, что эти документы значат для вас.
country-card-return-later = Поддержка при возвращении зависит от вашей ситуации. Вопросы или VluchtelingenWerk расскажут больше.
country-card-checked-on = Проверено { $date }.
country-card-primary = Источник: сам издатель.
country-card-secondary = Источник: копия или краткое изложение. Попросите VluchtelingenWerk это подтвердить.
country-summary-include = Добавить эту информацию о стране в сводку
country-card-source = Откуда эти сведения

country-sec-situation = Официальные описания положения
country-sec-procedure = Нидерландские правила для этой страны
country-sec-stay = Возможности остаться
country-sec-return = Поддержка, если вы решите вернуться
country-sec-practical = Практические вопросы, о которых стоит спросить

country-kind-ambtsbericht = Доклад о стране Министерства иностранных дел Нидерландов (algemeen ambtsbericht)
country-kind-euaa-guidance = Руководство по стране Агентства ЕС по вопросам убежища
country-kind-euaa-coi = Доклады о стране Агентства ЕС по вопросам убежища
country-kind-unhcr = Позиция УВКБ ООН (UNHCR), агентства ООН по делам беженцев
country-kind-safe-country = Нидерландский список безопасных стран происхождения
country-kind-moratorium = Приостановка решений и принудительного возвращения
country-kind-erso = Партнёр по реинтеграции (сеть ERSO)
country-kind-iom = IOM (МОМ)
country-kind-return-org = Другие организации по возвращению
country-kind-travel-documents = Проездные документы от посольства

country-pub-bz = Министерство иностранных дел Нидерландов
country-pub-jenv = Министерство юстиции и безопасности Нидерландов
country-pub-euaa = Агентство ЕС по вопросам убежища (EUAA)
country-pub-unhcr = UNHCR
country-pub-iom = IOM
country-pub-brief = сводка источников этого проекта

country-fact-doc = Самое новое, что мы нашли: { $title }. { $publisher }, { $date }.
country-fact-doc-untitled = Самое новое, что мы нашли: доклад, { $publisher }, { $date }. Точное название мы не видели.
country-fact-unknown = Мы не знаем. Спросите: { $ask }.
country-fact-safe-listed = В списке, который мы нашли, от { $date }. Люди из этих стран часто проходят ускоренную процедуру. Срок на выезд может быть коротким, даже 0 дней. Часто нельзя ждать решения по жалобе в Нидерландах. Ваши собственные причины всё равно важны.
country-fact-safe-suspended = В списке, который мы нашли, от { $date }. Но сейчас это приостановлено. Ускоренная процедура для этой страны не применяется.
country-fact-safe-not-listed = Нет в списке, который мы нашли, от { $date }.
country-fact-moratorium-past = С { $date } Нидерланды временно остановили решения и принудительное возвращение для этой страны. Мы не знаем, действует ли это сейчас. Спросите VluchtelingenWerk.
country-fact-erso-past = В прошлых проектах ({ $years }) там была организация-партнёр. VluchtelingenWerk подтверждает, кто партнёр сейчас.
country-fact-iom-limited = Возможно, IOM сейчас не может помочь с возвращением в эту страну. Спросите IOM или VluchtelingenWerk.
country-fact-iom-basic = Базовая программа возвращения IOM может помочь: билет, помощь с проездными документами и небольшая сумма денег. Есть условия. Спросите IOM, подходит ли это для этой страны.
country-fact-iom-visa-free = Людям из этой страны не нужна виза для коротких поездок в Европу. Поэтому поддержка IOM может на них не распространяться. Спросите IOM.
country-fact-return-org-general = С возвращением помогают и другие организации, например ROS и WereldWijd. Спросите VluchtelingenWerk, какая из них работает с этой страной.
country-fact-return-org = { $name } помогает с возвращением в эту страну. Сначала спросите об этом VluchtelingenWerk.

country-stay-check = Даже после отказа могут быть возможности остаться. Юридическая проверка с VluchtelingenWerk и адвокатом рассматривает их.
country-stay-points = Например: новые факты, ваше здоровье, ваша семья здесь или страна, которая вас не впускает.

## Информация о стране, со стартового экрана

country-info-open = Информация о стране
country-info-intro = Выберите страну. Отвечать на вопросы не нужно. Ничего не сохраняется.
country-info-choose = Страна
country-info-pick = Выберите страну
country-info-back = Назад к началу

## Спокойно подумать

consider-open = Спокойно подумать
consider-intro = Спокойная страница, чтобы взвесить выбор в своём темпе. Это не тест. Правильных и неправильных ответов нет.
consider-how = Отвечайте только про себя или на бумаге. Приложение ничего не сохраняет.
consider-topic-safety = Будете ли вы там в безопасности? Что вас тревожит?
consider-topic-family-there = Кто будет рядом с вами там? Семья, друзья?
consider-topic-family-here = Кого вы оставите здесь?
consider-topic-housing = Где вы будете жить?
consider-topic-income = Как вы будете зарабатывать на жизнь?
consider-topic-health = Как там будет с вашим здоровьем и лекарствами?
consider-topic-documents = Есть ли у вас нужные документы?
consider-topic-support = Какую поддержку вы можете получить, здесь и там?
consider-topic-ask-first = Что вы хотите сначала услышать от VluchtelingenWerk?
consider-told = Что вы нам рассказали:
consider-notes = Ваши заметки:
consider-change-mind = Вы можете передумать в любой момент. Даже после разговора с IOM или VluchtelingenWerk.
consider-valid = Решить сейчас не возвращаться — тоже допустимый выбор.
consider-print = Распечатать как рабочий лист
consider-print-lang = Второй язык на рабочем листе
consider-print-none = Только этот язык
consider-back = Назад к результату
