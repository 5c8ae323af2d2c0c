-- Reference data of the catalogue: partner and EU countries, the EMPACT cycles with their crime priorities,
-- the training portfolio's six priorities, the links between them, and the activity types, each named in the
-- portfolio's seven languages (en, ru, uk, ka, hy, az, ro).
-- Sources: Council conclusions of 26 May 2021 setting the EU's priorities for the fight against serious and
-- organised crime for EMPACT 2022-2025 (based on the EU SOCTA 2021), and Council conclusions of 13 June 2025
-- setting the EU's priorities for EMPACT 2026-2029 (based on the EU SOCTA 2025).

-- Eastern Partnership partners and EU Member States (ISO 3166-1 alpha-2; English names).
INSERT INTO country (code, name, eap_partner, eu_member) VALUES
    ('AM', 'Armenia', TRUE, FALSE),
    ('AZ', 'Azerbaijan', TRUE, FALSE),
    ('GE', 'Georgia', TRUE, FALSE),
    ('MD', 'Moldova', TRUE, FALSE),
    ('UA', 'Ukraine', TRUE, FALSE),
    ('AT', 'Austria', FALSE, TRUE),
    ('BE', 'Belgium', FALSE, TRUE),
    ('BG', 'Bulgaria', FALSE, TRUE),
    ('HR', 'Croatia', FALSE, TRUE),
    ('CY', 'Cyprus', FALSE, TRUE),
    ('CZ', 'Czechia', FALSE, TRUE),
    ('DK', 'Denmark', FALSE, TRUE),
    ('EE', 'Estonia', FALSE, TRUE),
    ('FI', 'Finland', FALSE, TRUE),
    ('FR', 'France', FALSE, TRUE),
    ('DE', 'Germany', FALSE, TRUE),
    ('GR', 'Greece', FALSE, TRUE),
    ('HU', 'Hungary', FALSE, TRUE),
    ('IE', 'Ireland', FALSE, TRUE),
    ('IT', 'Italy', FALSE, TRUE),
    ('LV', 'Latvia', FALSE, TRUE),
    ('LT', 'Lithuania', FALSE, TRUE),
    ('LU', 'Luxembourg', FALSE, TRUE),
    ('MT', 'Malta', FALSE, TRUE),
    ('NL', 'Netherlands', FALSE, TRUE),
    ('PL', 'Poland', FALSE, TRUE),
    ('PT', 'Portugal', FALSE, TRUE),
    ('RO', 'Romania', FALSE, TRUE),
    ('SK', 'Slovakia', FALSE, TRUE),
    ('SI', 'Slovenia', FALSE, TRUE),
    ('ES', 'Spain', FALSE, TRUE),
    ('SE', 'Sweden', FALSE, TRUE);

INSERT INTO empact_cycle (code, first_year, last_year, adopted_on, threat_assessment) VALUES
    ('2022-2025', 2022, 2025, '2021-05-26', 'EU SOCTA 2021'),
    ('2026-2029', 2026, 2029, '2025-06-13', 'EU SOCTA 2025');

-- EMPACT 2022-2025: ten priorities, then the horizontal goal.
INSERT INTO crime_priority (code, cycle_id, portfolio, horizontal_goal, position) VALUES
    ('empact-2022-high-risk-criminal-networks', (SELECT id FROM empact_cycle WHERE code = '2022-2025'), FALSE, FALSE, 1),
    ('empact-2022-cyberattacks', (SELECT id FROM empact_cycle WHERE code = '2022-2025'), FALSE, FALSE, 2),
    ('empact-2022-trafficking-in-human-beings', (SELECT id FROM empact_cycle WHERE code = '2022-2025'), FALSE, FALSE, 3),
    ('empact-2022-child-sexual-exploitation', (SELECT id FROM empact_cycle WHERE code = '2022-2025'), FALSE, FALSE, 4),
    ('empact-2022-migrant-smuggling', (SELECT id FROM empact_cycle WHERE code = '2022-2025'), FALSE, FALSE, 5),
    ('empact-2022-drug-trafficking', (SELECT id FROM empact_cycle WHERE code = '2022-2025'), FALSE, FALSE, 6),
    ('empact-2022-fraud-economic-financial-crimes', (SELECT id FROM empact_cycle WHERE code = '2022-2025'), FALSE, FALSE, 7),
    ('empact-2022-organised-property-crime', (SELECT id FROM empact_cycle WHERE code = '2022-2025'), FALSE, FALSE, 8),
    ('empact-2022-environmental-crime', (SELECT id FROM empact_cycle WHERE code = '2022-2025'), FALSE, FALSE, 9),
    ('empact-2022-firearms-trafficking', (SELECT id FROM empact_cycle WHERE code = '2022-2025'), FALSE, FALSE, 10),
    ('empact-2022-fraudulent-documents', (SELECT id FROM empact_cycle WHERE code = '2022-2025'), FALSE, TRUE, 11);

-- EMPACT 2026-2029: seven priorities.
INSERT INTO crime_priority (code, cycle_id, portfolio, horizontal_goal, position) VALUES
    ('empact-2026-most-threatening-criminal-networks', (SELECT id FROM empact_cycle WHERE code = '2026-2029'), FALSE, FALSE, 1),
    ('empact-2026-fastest-growing-online-crimes', (SELECT id FROM empact_cycle WHERE code = '2026-2029'), FALSE, FALSE, 2),
    ('empact-2026-drug-trafficking', (SELECT id FROM empact_cycle WHERE code = '2026-2029'), FALSE, FALSE, 3),
    ('empact-2026-migrant-smuggling-trafficking-in-human-beings', (SELECT id FROM empact_cycle WHERE code = '2026-2029'), FALSE, FALSE, 4),
    ('empact-2026-firearms-explosives', (SELECT id FROM empact_cycle WHERE code = '2026-2029'), FALSE, FALSE, 5),
    ('empact-2026-environmental-crime-networks', (SELECT id FROM empact_cycle WHERE code = '2026-2029'), FALSE, FALSE, 6),
    ('empact-2026-economic-financial-crime', (SELECT id FROM empact_cycle WHERE code = '2026-2029'), FALSE, FALSE, 7);

-- The training portfolio's own six priorities (no cycle).
INSERT INTO crime_priority (code, cycle_id, portfolio, horizontal_goal, position) VALUES
    ('drug-trafficking', NULL, TRUE, FALSE, 1),
    ('firearms-trafficking', NULL, TRUE, FALSE, 2),
    ('migrant-smuggling', NULL, TRUE, FALSE, 3),
    ('trafficking-in-human-beings', NULL, TRUE, FALSE, 4),
    ('online-child-sexual-exploitation', NULL, TRUE, FALSE, 5),
    ('organised-property-crime', NULL, TRUE, FALSE, 6);

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-high-risk-criminal-networks'), 'en', 'High-risk criminal networks'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-high-risk-criminal-networks'), 'ru', 'Преступные сети высокого риска'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-high-risk-criminal-networks'), 'uk', 'Злочинні мережі високого ризику'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-high-risk-criminal-networks'), 'ka', 'მაღალი რისკის კრიმინალური ქსელები'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-high-risk-criminal-networks'), 'hy', 'Բարձր ռիսկի հանցավոր ցանցեր'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-high-risk-criminal-networks'), 'az', 'Yüksək riskli cinayətkar şəbəkələr'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-high-risk-criminal-networks'), 'ro', 'Rețelele infracționale cu grad ridicat de risc');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-cyberattacks'), 'en', 'Cyberattacks'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-cyberattacks'), 'ru', 'Кибератаки'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-cyberattacks'), 'uk', 'Кібератаки'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-cyberattacks'), 'ka', 'კიბერშეტევები'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-cyberattacks'), 'hy', 'Կիբեռհարձակումներ'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-cyberattacks'), 'az', 'Kiberhücumlar'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-cyberattacks'), 'ro', 'Atacurile cibernetice');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-trafficking-in-human-beings'), 'en', 'Trafficking in human beings'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-trafficking-in-human-beings'), 'ru', 'Торговля людьми'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-trafficking-in-human-beings'), 'uk', 'Торгівля людьми'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-trafficking-in-human-beings'), 'ka', 'ადამიანით ვაჭრობა'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-trafficking-in-human-beings'), 'hy', 'Մարդկանց թրաֆիքինգ'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-trafficking-in-human-beings'), 'az', 'İnsan alveri'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-trafficking-in-human-beings'), 'ro', 'Traficul de persoane');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-child-sexual-exploitation'), 'en', 'Child sexual exploitation'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-child-sexual-exploitation'), 'ru', 'Сексуальная эксплуатация детей'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-child-sexual-exploitation'), 'uk', 'Сексуальна експлуатація дітей'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-child-sexual-exploitation'), 'ka', 'ბავშვთა სექსუალური ექსპლუატაცია'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-child-sexual-exploitation'), 'hy', 'Երեխաների սեռական շահագործում'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-child-sexual-exploitation'), 'az', 'Uşaqların cinsi istismarı'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-child-sexual-exploitation'), 'ro', 'Exploatarea sexuală a copiilor');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-migrant-smuggling'), 'en', 'Migrant smuggling'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-migrant-smuggling'), 'ru', 'Незаконный ввоз мигрантов'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-migrant-smuggling'), 'uk', 'Незаконне переправлення мігрантів'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-migrant-smuggling'), 'ka', 'მიგრანტთა უკანონო გადაყვანა'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-migrant-smuggling'), 'hy', 'Միգրանտների ապօրինի տեղափոխում'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-migrant-smuggling'), 'az', 'Miqrantların qaçaqmalçılığı'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-migrant-smuggling'), 'ro', 'Introducerea ilegală de migranți');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-drug-trafficking'), 'en', 'Drug trafficking'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-drug-trafficking'), 'ru', 'Незаконный оборот наркотиков'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-drug-trafficking'), 'uk', 'Незаконний обіг наркотиків'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-drug-trafficking'), 'ka', 'ნარკოტიკებით უკანონო ვაჭრობა'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-drug-trafficking'), 'hy', 'Թմրամիջոցների ապօրինի շրջանառություն'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-drug-trafficking'), 'az', 'Narkotik vasitələrin qanunsuz dövriyyəsi'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-drug-trafficking'), 'ro', 'Traficul de droguri');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-fraud-economic-financial-crimes'), 'en', 'Fraud, economic and financial crimes'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-fraud-economic-financial-crimes'), 'ru', 'Мошенничество, экономические и финансовые преступления'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-fraud-economic-financial-crimes'), 'uk', 'Шахрайство, економічні та фінансові злочини'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-fraud-economic-financial-crimes'), 'ka', 'თაღლითობა, ეკონომიკური და ფინანსური დანაშაული'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-fraud-economic-financial-crimes'), 'hy', 'Խարդախություն, տնտեսական և ֆինանսական հանցագործություններ'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-fraud-economic-financial-crimes'), 'az', 'Dələduzluq, iqtisadi və maliyyə cinayətləri'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-fraud-economic-financial-crimes'), 'ro', 'Frauda, infracțiunile economice și financiare');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-organised-property-crime'), 'en', 'Organised property crime'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-organised-property-crime'), 'ru', 'Организованные имущественные преступления'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-organised-property-crime'), 'uk', 'Організовані злочини проти власності'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-organised-property-crime'), 'ka', 'ორგანიზებული დანაშაული საკუთრების წინააღმდეგ'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-organised-property-crime'), 'hy', 'Սեփականության դեմ կազմակերպված հանցագործություններ'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-organised-property-crime'), 'az', 'Mülkiyyət əleyhinə mütəşəkkil cinayətlər'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-organised-property-crime'), 'ro', 'Criminalitatea organizată contra patrimoniului');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-environmental-crime'), 'en', 'Environmental crime'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-environmental-crime'), 'ru', 'Экологические преступления'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-environmental-crime'), 'uk', 'Екологічні злочини'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-environmental-crime'), 'ka', 'გარემოსდაცვითი დანაშაული'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-environmental-crime'), 'hy', 'Բնապահպանական հանցագործություններ'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-environmental-crime'), 'az', 'Ekoloji cinayətlər'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-environmental-crime'), 'ro', 'Criminalitatea de mediu');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-firearms-trafficking'), 'en', 'Firearms trafficking'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-firearms-trafficking'), 'ru', 'Незаконный оборот огнестрельного оружия'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-firearms-trafficking'), 'uk', 'Незаконний обіг вогнепальної зброї'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-firearms-trafficking'), 'ka', 'ცეცხლსასროლი იარაღით უკანონო ვაჭრობა'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-firearms-trafficking'), 'hy', 'Հրազենի ապօրինի շրջանառություն'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-firearms-trafficking'), 'az', 'Odlu silahların qanunsuz dövriyyəsi'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-firearms-trafficking'), 'ro', 'Traficul de arme de foc');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-fraudulent-documents'), 'en', 'Production and provision of fraudulent and false documents'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-fraudulent-documents'), 'ru', 'Изготовление и сбыт поддельных и подложных документов'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-fraudulent-documents'), 'uk', 'Виготовлення та збут підроблених і фіктивних документів'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-fraudulent-documents'), 'ka', 'ყალბი და გაყალბებული დოკუმენტების დამზადება და მიწოდება'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-fraudulent-documents'), 'hy', 'Կեղծ և կեղծված փաստաթղթերի պատրաստում և տրամադրում'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-fraudulent-documents'), 'az', 'Saxta və saxtalaşdırılmış sənədlərin hazırlanması və təmin edilməsi'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2022-fraudulent-documents'), 'ro', 'Producerea și furnizarea de documente frauduloase și false');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-most-threatening-criminal-networks'), 'en', 'Most threatening criminal networks and individuals'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-most-threatening-criminal-networks'), 'ru', 'Наиболее опасные преступные сети и лица'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-most-threatening-criminal-networks'), 'uk', 'Найнебезпечніші злочинні мережі та особи'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-most-threatening-criminal-networks'), 'ka', 'ყველაზე საშიში კრიმინალური ქსელები და პირები'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-most-threatening-criminal-networks'), 'hy', 'Առավել վտանգավոր հանցավոր ցանցեր և անձինք'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-most-threatening-criminal-networks'), 'az', 'Ən təhlükəli cinayətkar şəbəkələr və şəxslər'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-most-threatening-criminal-networks'), 'ro', 'Rețelele infracționale și persoanele cele mai periculoase');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-fastest-growing-online-crimes'), 'en', 'Fastest-growing online crimes (cyberattacks, online child sexual exploitation, online fraud)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-fastest-growing-online-crimes'), 'ru', 'Быстрорастущие онлайн-преступления (кибератаки, сексуальная эксплуатация детей в интернете, онлайн-мошенничество)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-fastest-growing-online-crimes'), 'uk', 'Онлайн-злочини, що найшвидше зростають (кібератаки, сексуальна експлуатація дітей в інтернеті, онлайн-шахрайство)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-fastest-growing-online-crimes'), 'ka', 'ყველაზე სწრაფად მზარდი ონლაინ დანაშაული (კიბერშეტევები, ბავშვთა ონლაინ სექსუალური ექსპლუატაცია, ონლაინ თაღლითობა)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-fastest-growing-online-crimes'), 'hy', 'Ամենաարագ աճող առցանց հանցագործություններ (կիբեռհարձակումներ, երեխաների առցանց սեռական շահագործում, առցանց խարդախություն)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-fastest-growing-online-crimes'), 'az', 'Ən sürətlə artan onlayn cinayətlər (kiberhücumlar, uşaqların onlayn cinsi istismarı, onlayn dələduzluq)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-fastest-growing-online-crimes'), 'ro', 'Infracțiunile online cu cea mai rapidă creștere (atacuri cibernetice, exploatarea sexuală online a copiilor, fraude online)');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-drug-trafficking'), 'en', 'Drug trafficking (cannabis, cocaine, heroin, synthetic drugs, new psychoactive substances)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-drug-trafficking'), 'ru', 'Незаконный оборот наркотиков (каннабис, кокаин, героин, синтетические наркотики, новые психоактивные вещества)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-drug-trafficking'), 'uk', 'Незаконний обіг наркотиків (канабіс, кокаїн, героїн, синтетичні наркотики, нові психоактивні речовини)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-drug-trafficking'), 'ka', 'ნარკოტიკებით უკანონო ვაჭრობა (კანაფი, კოკაინი, ჰეროინი, სინთეზური ნარკოტიკები, ახალი ფსიქოაქტიური ნივთიერებები)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-drug-trafficking'), 'hy', 'Թմրամիջոցների ապօրինի շրջանառություն (կանեփ, կոկաին, հերոին, սինթետիկ թմրամիջոցներ, նոր հոգեմետ նյութեր)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-drug-trafficking'), 'az', 'Narkotik vasitələrin qanunsuz dövriyyəsi (çətənə, kokain, heroin, sintetik narkotiklər, yeni psixoaktiv maddələr)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-drug-trafficking'), 'ro', 'Traficul de droguri (canabis, cocaină, heroină, droguri sintetice, noi substanțe psihoactive)');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-migrant-smuggling-trafficking-in-human-beings'), 'en', 'Migrant smuggling and trafficking in human beings'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-migrant-smuggling-trafficking-in-human-beings'), 'ru', 'Незаконный ввоз мигрантов и торговля людьми'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-migrant-smuggling-trafficking-in-human-beings'), 'uk', 'Незаконне переправлення мігрантів і торгівля людьми'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-migrant-smuggling-trafficking-in-human-beings'), 'ka', 'მიგრანტთა უკანონო გადაყვანა და ადამიანით ვაჭრობა'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-migrant-smuggling-trafficking-in-human-beings'), 'hy', 'Միգրանտների ապօրինի տեղափոխում և մարդկանց թրաֆիքինգ'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-migrant-smuggling-trafficking-in-human-beings'), 'az', 'Miqrantların qaçaqmalçılığı və insan alveri'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-migrant-smuggling-trafficking-in-human-beings'), 'ro', 'Introducerea ilegală de migranți și traficul de persoane');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-firearms-explosives'), 'en', 'Firearms and explosives crime'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-firearms-explosives'), 'ru', 'Преступления, связанные с огнестрельным оружием и взрывчатыми веществами'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-firearms-explosives'), 'uk', 'Злочини, пов''язані з вогнепальною зброєю та вибуховими речовинами'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-firearms-explosives'), 'ka', 'ცეცხლსასროლ იარაღთან და ფეთქებად ნივთიერებებთან დაკავშირებული დანაშაული'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-firearms-explosives'), 'hy', 'Հրազենի և պայթուցիկ նյութերի հետ կապված հանցագործություններ'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-firearms-explosives'), 'az', 'Odlu silahlar və partlayıcı maddələrlə bağlı cinayətlər'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-firearms-explosives'), 'ro', 'Criminalitatea legată de armele de foc și explozivi');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-environmental-crime-networks'), 'en', 'Environmental crime networks'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-environmental-crime-networks'), 'ru', 'Сети экологической преступности'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-environmental-crime-networks'), 'uk', 'Мережі екологічної злочинності'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-environmental-crime-networks'), 'ka', 'გარემოსდაცვითი დანაშაულის ქსელები'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-environmental-crime-networks'), 'hy', 'Բնապահպանական հանցագործությունների ցանցեր'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-environmental-crime-networks'), 'az', 'Ekoloji cinayətkarlıq şəbəkələri'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-environmental-crime-networks'), 'ro', 'Rețelele infracționale din domeniul mediului');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-economic-financial-crime'), 'en', 'Economic and financial crime (e.g. VAT fraud, intellectual property crime)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-economic-financial-crime'), 'ru', 'Экономические и финансовые преступления (мошенничество с НДС, преступления против интеллектуальной собственности)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-economic-financial-crime'), 'uk', 'Економічні та фінансові злочини (шахрайство з ПДВ, злочини у сфері інтелектуальної власності)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-economic-financial-crime'), 'ka', 'ეკონომიკური და ფინანსური დანაშაული (დღგ-სთან დაკავშირებული თაღლითობა, ინტელექტუალური საკუთრების უფლებების დარღვევა)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-economic-financial-crime'), 'hy', 'Տնտեսական և ֆինանսական հանցագործություններ (ԱԱՀ-ի հետ կապված խարդախություն, մտավոր սեփականության դեմ հանցագործություններ)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-economic-financial-crime'), 'az', 'İqtisadi və maliyyə cinayətləri (ƏDV ilə bağlı dələduzluq, əqli mülkiyyət əleyhinə cinayətlər)'),
    ((SELECT id FROM crime_priority WHERE code = 'empact-2026-economic-financial-crime'), 'ro', 'Criminalitatea economică și financiară (frauda în domeniul TVA, infracțiuni privind proprietatea intelectuală)');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'drug-trafficking'), 'en', 'Drug trafficking'),
    ((SELECT id FROM crime_priority WHERE code = 'drug-trafficking'), 'ru', 'Незаконный оборот наркотиков'),
    ((SELECT id FROM crime_priority WHERE code = 'drug-trafficking'), 'uk', 'Незаконний обіг наркотиків'),
    ((SELECT id FROM crime_priority WHERE code = 'drug-trafficking'), 'ka', 'ნარკოტიკებით უკანონო ვაჭრობა'),
    ((SELECT id FROM crime_priority WHERE code = 'drug-trafficking'), 'hy', 'Թմրամիջոցների ապօրինի շրջանառություն'),
    ((SELECT id FROM crime_priority WHERE code = 'drug-trafficking'), 'az', 'Narkotik vasitələrin qanunsuz dövriyyəsi'),
    ((SELECT id FROM crime_priority WHERE code = 'drug-trafficking'), 'ro', 'Traficul de droguri');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'firearms-trafficking'), 'en', 'Firearms trafficking'),
    ((SELECT id FROM crime_priority WHERE code = 'firearms-trafficking'), 'ru', 'Незаконный оборот огнестрельного оружия'),
    ((SELECT id FROM crime_priority WHERE code = 'firearms-trafficking'), 'uk', 'Незаконний обіг вогнепальної зброї'),
    ((SELECT id FROM crime_priority WHERE code = 'firearms-trafficking'), 'ka', 'ცეცხლსასროლი იარაღით უკანონო ვაჭრობა'),
    ((SELECT id FROM crime_priority WHERE code = 'firearms-trafficking'), 'hy', 'Հրազենի ապօրինի շրջանառություն'),
    ((SELECT id FROM crime_priority WHERE code = 'firearms-trafficking'), 'az', 'Odlu silahların qanunsuz dövriyyəsi'),
    ((SELECT id FROM crime_priority WHERE code = 'firearms-trafficking'), 'ro', 'Traficul de arme de foc');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'migrant-smuggling'), 'en', 'Migrant smuggling'),
    ((SELECT id FROM crime_priority WHERE code = 'migrant-smuggling'), 'ru', 'Незаконный ввоз мигрантов'),
    ((SELECT id FROM crime_priority WHERE code = 'migrant-smuggling'), 'uk', 'Незаконне переправлення мігрантів'),
    ((SELECT id FROM crime_priority WHERE code = 'migrant-smuggling'), 'ka', 'მიგრანტთა უკანონო გადაყვანა'),
    ((SELECT id FROM crime_priority WHERE code = 'migrant-smuggling'), 'hy', 'Միգրանտների ապօրինի տեղափոխում'),
    ((SELECT id FROM crime_priority WHERE code = 'migrant-smuggling'), 'az', 'Miqrantların qaçaqmalçılığı'),
    ((SELECT id FROM crime_priority WHERE code = 'migrant-smuggling'), 'ro', 'Introducerea ilegală de migranți');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'trafficking-in-human-beings'), 'en', 'Trafficking in human beings'),
    ((SELECT id FROM crime_priority WHERE code = 'trafficking-in-human-beings'), 'ru', 'Торговля людьми'),
    ((SELECT id FROM crime_priority WHERE code = 'trafficking-in-human-beings'), 'uk', 'Торгівля людьми'),
    ((SELECT id FROM crime_priority WHERE code = 'trafficking-in-human-beings'), 'ka', 'ადამიანით ვაჭრობა'),
    ((SELECT id FROM crime_priority WHERE code = 'trafficking-in-human-beings'), 'hy', 'Մարդկանց թրաֆիքինգ'),
    ((SELECT id FROM crime_priority WHERE code = 'trafficking-in-human-beings'), 'az', 'İnsan alveri'),
    ((SELECT id FROM crime_priority WHERE code = 'trafficking-in-human-beings'), 'ro', 'Traficul de persoane');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'online-child-sexual-exploitation'), 'en', 'Online child sexual exploitation'),
    ((SELECT id FROM crime_priority WHERE code = 'online-child-sexual-exploitation'), 'ru', 'Сексуальная эксплуатация детей в интернете'),
    ((SELECT id FROM crime_priority WHERE code = 'online-child-sexual-exploitation'), 'uk', 'Сексуальна експлуатація дітей в інтернеті'),
    ((SELECT id FROM crime_priority WHERE code = 'online-child-sexual-exploitation'), 'ka', 'ბავშვთა ონლაინ სექსუალური ექსპლუატაცია'),
    ((SELECT id FROM crime_priority WHERE code = 'online-child-sexual-exploitation'), 'hy', 'Երեխաների առցանց սեռական շահագործում'),
    ((SELECT id FROM crime_priority WHERE code = 'online-child-sexual-exploitation'), 'az', 'Uşaqların onlayn cinsi istismarı'),
    ((SELECT id FROM crime_priority WHERE code = 'online-child-sexual-exploitation'), 'ro', 'Exploatarea sexuală online a copiilor');

INSERT INTO crime_priority_translation (crime_priority_id, language, name) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'organised-property-crime'), 'en', 'Organised property crime'),
    ((SELECT id FROM crime_priority WHERE code = 'organised-property-crime'), 'ru', 'Организованные имущественные преступления'),
    ((SELECT id FROM crime_priority WHERE code = 'organised-property-crime'), 'uk', 'Організовані злочини проти власності'),
    ((SELECT id FROM crime_priority WHERE code = 'organised-property-crime'), 'ka', 'ორგანიზებული დანაშაული საკუთრების წინააღმდეგ'),
    ((SELECT id FROM crime_priority WHERE code = 'organised-property-crime'), 'hy', 'Սեփականության դեմ կազմակերպված հանցագործություններ'),
    ((SELECT id FROM crime_priority WHERE code = 'organised-property-crime'), 'az', 'Mülkiyyət əleyhinə mütəşəkkil cinayətlər'),
    ((SELECT id FROM crime_priority WHERE code = 'organised-property-crime'), 'ro', 'Criminalitatea organizată contra patrimoniului');

-- Portfolio priority -> the EMPACT priorities it serves (organised property crime: 2022-2025 only).
INSERT INTO crime_priority_link (portfolio_priority_id, empact_priority_id) VALUES
    ((SELECT id FROM crime_priority WHERE code = 'drug-trafficking'), (SELECT id FROM crime_priority WHERE code = 'empact-2022-drug-trafficking')),
    ((SELECT id FROM crime_priority WHERE code = 'drug-trafficking'), (SELECT id FROM crime_priority WHERE code = 'empact-2026-drug-trafficking')),
    ((SELECT id FROM crime_priority WHERE code = 'firearms-trafficking'), (SELECT id FROM crime_priority WHERE code = 'empact-2022-firearms-trafficking')),
    ((SELECT id FROM crime_priority WHERE code = 'firearms-trafficking'), (SELECT id FROM crime_priority WHERE code = 'empact-2026-firearms-explosives')),
    ((SELECT id FROM crime_priority WHERE code = 'migrant-smuggling'), (SELECT id FROM crime_priority WHERE code = 'empact-2022-migrant-smuggling')),
    ((SELECT id FROM crime_priority WHERE code = 'migrant-smuggling'), (SELECT id FROM crime_priority WHERE code = 'empact-2026-migrant-smuggling-trafficking-in-human-beings')),
    ((SELECT id FROM crime_priority WHERE code = 'trafficking-in-human-beings'), (SELECT id FROM crime_priority WHERE code = 'empact-2022-trafficking-in-human-beings')),
    ((SELECT id FROM crime_priority WHERE code = 'trafficking-in-human-beings'), (SELECT id FROM crime_priority WHERE code = 'empact-2026-migrant-smuggling-trafficking-in-human-beings')),
    ((SELECT id FROM crime_priority WHERE code = 'online-child-sexual-exploitation'), (SELECT id FROM crime_priority WHERE code = 'empact-2022-child-sexual-exploitation')),
    ((SELECT id FROM crime_priority WHERE code = 'online-child-sexual-exploitation'), (SELECT id FROM crime_priority WHERE code = 'empact-2026-fastest-growing-online-crimes')),
    ((SELECT id FROM crime_priority WHERE code = 'organised-property-crime'), (SELECT id FROM crime_priority WHERE code = 'empact-2022-organised-property-crime'));

INSERT INTO activity_type (code, position, online) VALUES
    ('independent-learning-phase', 1, TRUE),
    ('regional-training', 2, FALSE),
    ('national-training', 3, FALSE),
    ('train-the-trainer', 4, FALSE),
    ('multiplication-course', 5, FALSE),
    ('study-visit', 6, FALSE),
    ('exchange-placement', 7, FALSE),
    ('thematic-workshop', 8, FALSE),
    ('webinar', 9, TRUE);

INSERT INTO activity_type_translation (activity_type_code, language, name) VALUES
    ('independent-learning-phase', 'en', 'Online module (Independent Learning Phase)'),
    ('independent-learning-phase', 'ru', 'Онлайн-модуль (этап самостоятельного обучения)'),
    ('independent-learning-phase', 'uk', 'Онлайн-модуль (етап самостійного навчання)'),
    ('independent-learning-phase', 'ka', 'ონლაინ მოდული (დამოუკიდებელი სწავლის ეტაპი)'),
    ('independent-learning-phase', 'hy', 'Առցանց մոդուլ (ինքնուրույն ուսուցման փուլ)'),
    ('independent-learning-phase', 'az', 'Onlayn modul (müstəqil təlim mərhələsi)'),
    ('independent-learning-phase', 'ro', 'Modul online (etapa de învățare independentă)'),
    ('regional-training', 'en', 'Regional training'),
    ('regional-training', 'ru', 'Региональный тренинг'),
    ('regional-training', 'uk', 'Регіональний тренінг'),
    ('regional-training', 'ka', 'რეგიონული ტრენინგი'),
    ('regional-training', 'hy', 'Տարածաշրջանային դասընթաց'),
    ('regional-training', 'az', 'Regional təlim'),
    ('regional-training', 'ro', 'Curs regional de formare'),
    ('national-training', 'en', 'National training'),
    ('national-training', 'ru', 'Национальный тренинг'),
    ('national-training', 'uk', 'Національний тренінг'),
    ('national-training', 'ka', 'ეროვნული ტრენინგი'),
    ('national-training', 'hy', 'Ազգային դասընթաց'),
    ('national-training', 'az', 'Milli təlim'),
    ('national-training', 'ro', 'Curs național de formare'),
    ('train-the-trainer', 'en', 'Train-the-trainer course'),
    ('train-the-trainer', 'ru', 'Курс подготовки тренеров'),
    ('train-the-trainer', 'uk', 'Курс підготовки тренерів'),
    ('train-the-trainer', 'ka', 'ტრენერთა მომზადების კურსი'),
    ('train-the-trainer', 'hy', 'Թրեյներների պատրաստման դասընթաց'),
    ('train-the-trainer', 'az', 'Təlimçilərin hazırlanması kursu'),
    ('train-the-trainer', 'ro', 'Curs de formare a formatorilor'),
    ('multiplication-course', 'en', 'Multiplication course'),
    ('multiplication-course', 'ru', 'Каскадный курс'),
    ('multiplication-course', 'uk', 'Каскадний курс'),
    ('multiplication-course', 'ka', 'კასკადური სწავლების კურსი'),
    ('multiplication-course', 'hy', 'Կասկադային ուսուցման դասընթաց'),
    ('multiplication-course', 'az', 'Kaskad təlim kursu'),
    ('multiplication-course', 'ro', 'Curs de multiplicare'),
    ('study-visit', 'en', 'Study visit'),
    ('study-visit', 'ru', 'Учебный визит'),
    ('study-visit', 'uk', 'Навчальний візит'),
    ('study-visit', 'ka', 'სასწავლო ვიზიტი'),
    ('study-visit', 'hy', 'Ուսումնական այց'),
    ('study-visit', 'az', 'Tədris səfəri'),
    ('study-visit', 'ro', 'Vizită de studiu'),
    ('exchange-placement', 'en', 'Exchange placement'),
    ('exchange-placement', 'ru', 'Стажировка по обмену'),
    ('exchange-placement', 'uk', 'Стажування за програмою обміну'),
    ('exchange-placement', 'ka', 'გაცვლითი სტაჟირება'),
    ('exchange-placement', 'hy', 'Փոխանակման ծրագրով պրակտիկա'),
    ('exchange-placement', 'az', 'Mübadilə proqramı üzrə təcrübə'),
    ('exchange-placement', 'ro', 'Stagiu de schimb'),
    ('thematic-workshop', 'en', 'Thematic workshop'),
    ('thematic-workshop', 'ru', 'Тематический семинар'),
    ('thematic-workshop', 'uk', 'Тематичний семінар'),
    ('thematic-workshop', 'ka', 'თემატური სემინარი'),
    ('thematic-workshop', 'hy', 'Թեմատիկ սեմինար'),
    ('thematic-workshop', 'az', 'Tematik seminar'),
    ('thematic-workshop', 'ro', 'Atelier tematic'),
    ('webinar', 'en', 'Webinar'),
    ('webinar', 'ru', 'Вебинар'),
    ('webinar', 'uk', 'Вебінар'),
    ('webinar', 'ka', 'ვებინარი'),
    ('webinar', 'hy', 'Վեբինար'),
    ('webinar', 'az', 'Vebinar'),
    ('webinar', 'ro', 'Webinar');
