# The committees' report (croise report): the page and the CSV file.
# Every message also exists in ../fr/croise_report.ftl (a test checks it).

## Page header

report-title = STEMO – Mission Locale crossing
report-subtitle = Shared indicators of the regional convention (third axis), without any name
campaign = Campaign
campaigns = Campaigns
reference-date = Reference date
age-window-label = Ages kept
age-window-one = aged { $min } at the reference date
age-window-range = aged { $min } to { $last } at the reference date
generated = Report made on
contents = Contents

## Statistical confidentiality

threshold-note = Statistical confidentiality: counts from 1 to { $max } are shown as “<{ $threshold }”. Other values are masked (“c”) so that no hidden count can be recomputed from the totals; the matching percentages are masked too.
threshold-below-default = Warning: threshold below the usual rule of 5, chosen explicitly.
small-legend = count from 1 to { $max }
masked-legend = value masked to protect a small count
masked-symbol = c
not-applicable = not applicable
not-applicable-symbol = —

## What the figures say

meaning-title = How to read these figures
meaning = A link means that the same young person is on the list of a STEMO and on that of a Mission Locale: both services know them, and can now talk to each other about their situation. It does not say that the training obligation is unmet; being known to a Mission Locale does not prove either that it is met, since its list may hold young people reported but not yet supported. A young person with no link may be at school, in an apprenticeship or in work. The confidence level says how firmly the two records correspond, not how the young person is doing: each link “to review” is confirmed by both contact persons before anything follows. Counts from 1 to { $max } are not shown (“<{ $threshold }”) and other values are masked so that they cannot be recomputed: the visible cells therefore do not always add up to the total. Records submitted are those of the young people in the age window at the reference date, as each service exported them; the same young person may appear twice.

## Key figures

key-records = Records submitted — { $side }
links = Links
no-names = This report holds counts only: no name, no date of birth, no match number.
absent =
    { $count ->
        [one] Organisation that sent no list
       *[other] Organisations that sent no list
    }

## Links

by-organisation = Links per organisation
by-organisation-intro = Records submitted (young people in the age window at the reference date), links found, all confidence levels together, and the share of records submitted that were linked.
chart-title = Links per organisation
chart-desc-intro = Bar chart of the number of links per organisation
by-pair = Links per pair STEMO × Mission Locale
by-pair-intro = Links between each STEMO and each Mission Locale, all confidence levels together.
by-pair-shares = Share of records linked, per pair
by-confidence = By confidence level
by-confidence-pairs = Per pair of organisations, then per organisation and in all.
by-confidence-organisations = The breakdown per pair cannot be published without masking totals: it is given per organisation and in all.
by-confidence-campaign = The breakdown per pair or per organisation cannot be published without masking totals: it is given for the whole campaign.
by-confidence-none = The breakdown by confidence level cannot be published without masking totals: only the totals are given.
by-confidence-legend = “sure”: what the two records share makes a chance agreement negligible; “probable”: very likely the same person, some elements differ; “to review”: the evidence fits more than one record, and the two contact persons confirm by phone before anything follows. Links on a 1 January date of birth are counted here at the level the coordinator found, as it sees no date; each service sees them one level lower.

## Records and list quality

by-age = Records submitted by age at the reference date
by-age-intro = From the counts each token file carries: the coordinator knows the age of no record.
quality = Quality of the lists submitted
quality-intro = Rows read but not kept by each organisation: rejected (name or date of birth missing or unreadable) or outside the age window at the reference date. Many rejected rows call for a check of the export.
rejected = Rows rejected
out-of-window = Outside the age window
not-kept = Not kept in all

## Trend

trend = Trend across campaigns
trend-intro = Links per organisation and in all, campaign after campaign (same confidentiality rule).
trend-chart-title = All links per campaign
trend-by-organisation-title = Links per organisation and campaign
trend-shares = Share of records submitted that were linked, per campaign
trend-shares-intro = The number of records submitted changes from one campaign to the next: the share linked is what compares.
change = Change
change-points = Change (points)

## Table columns and rows

organisation = Organisation
side = Network
partner = Mission Locale
records = Records submitted
linked-share = Share linked
share-of-justice = of the STEMO's records
share-of-mission-locale = of the Mission Locale's records
trend-all-justice = All STEMO records
trend-all-missions-locales = All Mission Locale records
total = Total
all = All
all-justice = All STEMO
all-missions-locales = All Missions Locales
justice-plural = STEMO
missions-locales-plural = Missions Locales
side-justice = STEMO
side-mission-locale = Mission Locale
confidence-sure = sure
confidence-probable = probable
confidence-to-review = to review
age-years = { $age }
age-unknown = age not counted

## Technical annex

annex = Technical annex
annex-intro = What identifies the files the figures come from; not needed to read them.
run-date = Date of the matching
campaign-id = Campaign identifier
scheme = Match-key scheme version
summary-tag = Authentication tag of the summary
threshold = Confidentiality threshold
hidden-small =
    { $count ->
        [one] { $count } count shown as “<{ $threshold }”
       *[other] { $count } counts shown as “<{ $threshold }”
    }
hidden-masked =
    { $count ->
        [one] { $count } value masked to protect them
       *[other] { $count } values masked to protect them
    }
hidden-label = Hidden counts
footer = Made by croise { $version } from the authenticated match summaries.

## CSV file: columns

csv-campaign = campaign
csv-campaign-id = campaign_id
csv-reference-date = reference_date
csv-run-date = matching_date
csv-indicator = indicator
csv-network = network
csv-organisation = organisation
csv-organisation-id = organisation_id
csv-partner = partner
csv-partner-id = partner_id
csv-age = age
csv-confidence = confidence
csv-value = value
csv-status = status

## CSV file: indicators and statuses

csv-records = records submitted
csv-links = links
csv-share = share of records submitted linked (%)
csv-share-of-justice = share of the STEMO's records (%)
csv-share-of-mission-locale = share of the Mission Locale's records (%)
csv-rejected = rows rejected
csv-out-of-window = rows outside the age window
csv-not-kept = rows not kept
status-shown = published
status-small = <{ $threshold }
status-masked = masked
status-not-applicable = not applicable
