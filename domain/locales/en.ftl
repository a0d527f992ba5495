# aduan — English catalog (second language).
# Text may hold simple HTML (<b>, <i>, <code>, <a href>); { $... } values are already escaped.

## Greeting and menu
greeting-hello = Hello! 👋
greeting-hello-named = Hello, { $name }! 👋
greeting =
    I am the complaints and information assistant of { $regency }.
    Ask anything about public services, or report a problem. Choose from the menu below, or just type your question.
draft-pending = ✏️ You have an unfinished report. Continue by answering the last question, or type /cancel to discard it.
menu-title = How can I help?
menu-ask = ❓ Ask
menu-complaint = 📢 Report a problem
menu-info = 📄 Request public information
menu-status = 🔎 Check status
menu-help = ℹ️ Help
menu-language = 🌐 Language
ask-prompt = Type your question, for example: <i>requirements for an ID card</i> or <i>health centre opening hours</i>.
help =
    <b>How to use this service</b>
    • Type a question to get an answer.
    • /report — file a complaint (or directly: <code>/report the road near the market has potholes</code>)
    • /info — request public information (Law 14/2008)
    • /status — your reports; <code>/status ADU-2611-0042</code> for details
    • /cancel — discard what you are filling in
    • /language — change language (Indonesian/English)
    Emergencies (fire, accident, crime): call <b>112</b>.
language-choose = Pilih bahasa / Choose a language:
language-set = OK, I will use English.
unknown-command = I don't know that command. Type /help for the list of commands.
nothing-to-cancel = There is nothing to cancel.
cancelled = Cancelled. Nothing was sent.
button-expired = This button is no longer valid. Please start again from the menu.
use-buttons = Please choose with the buttons above.
edited-ignored = I don't process edits to messages already sent. Please send a new message.
empty-message = Your message is empty. Type a question or choose from the menu.
unsupported-content = Sorry, I can only read text, photos, documents and locations. Stickers, voice messages and videos can't be processed yet — please write it as text.
media-outside-flow = I wasn't expecting a photo or location. To report with a photo or location, start with /report.
processing-failed = Sorry, we could not process your message because of a system fault. It has been saved; please try again in a moment.
chat-id = This chat's id: <code>{ $chat_id }</code>
chat-id-group = This group's id: <code>{ $chat_id }</code>
    Put it as an agency's <code>staff_chat_id</code> in the agencies file, then restart the bot.
chat-id-registered = This group's id: <code>{ $chat_id }</code> — registered as { $roles }.
chat-role-staff = the staff group of { $agency }
chat-role-ppid = the PPID chat of { $agency } (public information requests)
chat-role-supervisors = the supervisors' group (overdue alerts and the daily digest)
chat-role-superior = the PPID superior's chat (objections to information requests)
skip = Skip ⏭

## Questions (knowledge base)
faq-answer =
    <b>{ $question }</b>

    { $answer }
faq-helpful = 👍 Helpful
faq-not-helpful = 👎 Not helpful
faq-report-problem = 📢 Report a problem
feedback-thanks = Thank you for your feedback! 🙏
feedback-sorry = Sorry the answer did not help. We have noted your question to improve our answers. If this is a problem that needs action, you can file a report.
did-you-mean = I'm not sure what you mean. Did you mean one of these?
fallback = Sorry, I don't have an answer for that yet. Try other words, choose from the menu below, or file a report if there is a problem that needs action.
complaint-offer = It sounds like you want to report a problem. Shall I help you file an official report? Your message will be used as its description.
complaint-offer-yes = 📢 Yes, file a report
complaint-offer-no = No, I'm just asking
smalltalk-greeting = Hello! 👋 How can I help?
smalltalk-thanks = You're welcome! Glad to help. 🙏
smalltalk-bye = Thank you, goodbye! 👋
smalltalk-ack = OK. Anything else I can help with?
smalltalk-chat = I'm an automated public-service assistant 🙂 I can answer questions about local-government services and pass your complaints on to the agency in charge. How can I help?
emergency =
    🚨 <b>If this is an emergency, call 112 now</b> (free, 24 hours) — for fire, accidents, crime in progress or a medical emergency.
    This service is not an emergency service and is not watched at all times.
emergency-still-report = Not an emergency, file a report
emergency-in-complaint = 🚨 If this is an emergency, call <b>112</b> now. I am still recording your report.

## Complaints
complaint-ask-description = 📝 Describe the problem: what happened, where, and since when. The clearer it is, the faster it is handled. (Type /cancel to stop.)
complaint-more-detail = That is too short to act on. Please add details: what the problem is, where it is, and since when.
complaint-more-words = I cannot read that as a sentence yet. Please write it in a few words, with spaces: what the problem is, where it is, and since when.
complaint-text-expected = Please describe the problem in text.
complaint-description-truncated = The description was cut to { $limit } characters.
complaint-agency-suggest = This looks like a matter for <b>{ $agency }</b>. Is that right?
complaint-agency-pick = Choose the agency you think handles this, or "Don't know" — our staff will forward it.
agency-confirm = ✅ Yes, that's right
agency-other = Choose another agency
agency-unknown = 🤷 Don't know
agency-unknown-routed = Not decided (forwarded by { $agency })
complaint-ask-location =
    📍 Where is it? Share a location (📎 → Location) or type the address (street, RT/RW, village, district).
complaint-location-invalid = That address is too short. Type a fuller address, share a location, or skip.
complaint-ask-photos = 📷 Send supporting photos (up to { $max }), or skip.
complaint-photo-received = Photo { $count } of { $max } received. Send another or press Continue.
complaint-photos-full = That's { $max } photos — enough.
complaint-photos-expected = Send a photo (up to { $max }), or press Skip.
photos-done = Continue ➡️
## Attachments a step did not ask for, and typed replies at a button step
attachment-noun-photo = Photo
attachment-noun-document = Document
attachment-kept = 📎 { $what } kept with your report ({ $count } of { $max } attachments).
attachment-full = { $what } not kept: the report already has { $max } attachments.
attachments-count = { $total } (including { $documents } documents)
attachment-unsupported = Sorry, stickers, voice notes and videos cannot be kept yet; photos and documents can. Let's continue:
attachment-kept-for-report = 📎 I kept your attachment ({ $count }); it will go with your report if you file one.
attachment-kept-offer-report = 📎 I kept your attachment ({ $count }). Would you like to file a report with it? Press the button below, then describe the problem.
use-buttons-below = That reply does not fit this question. Please choose one of the buttons below.
card-attachments = Attachments: { $count } (including { $documents } documents)
## District/village and category of a report (the public page and Open311 group by them)
complaint-ask-category = 🏷️ What kind of problem is it? Choose one, or skip.
complaint-ask-area = 🗺️ Which district is it in? Choose one, or skip.
area-kecamatan = { $kecamatan } district
area-desa = { $desa }, { $kecamatan } district
summary-area-line = <b>Area:</b> { $area }
summary-category-line = <b>Category:</b> { $category }
card-area = Area: { $area }
card-category = Category: { $category }
complaint-ask-privacy =
    🔒 How should your identity be shown?
    • <b>Public</b>: staff see your name.
    • <b>Anonymous</b>: staff do not see who reported.
    • <b>Confidential</b>: anonymous, and never published.
privacy-public = Public
privacy-anonymous = Anonymous
privacy-confidential = Confidential
summary-location-pin = location pin attached
summary-none = —
complaint-summary =
    <b>Check your report</b>

    <b>Description:</b> { $description }
    <b>Agency:</b> { $agency }
    <b>Location:</b> { $location }
    <b>Photos:</b> { $photos }
    <b>Identity:</b> { $privacy }

    Send it now?
confirm-send = ✅ Send
confirm-edit = ✏️ Edit
confirm-cancel = ❌ Cancel
confirm-restart = 🔄 Start over
edit-which = Which part do you want to change?
edit-description = Description
edit-agency = Agency
edit-location = Location
edit-photos = Photos
edit-privacy = Identity
edit-back = Back
ticket-created =
    ✅ Your report has been received as <b>{ $code }</b>.
    It has been forwarded to <b>{ $agency }</b>. You will hear from us here whenever there is a response.
    Check its progress at any time with <code>/status { $code }</code>.
ticket-created-info =
    ✅ Your information request has been received as <b>{ $code }</b> and forwarded to the PPID of <b>{ $agency }</b>.
    Under Law 14/2008 it must be answered within 10 working days (extendable by 7 working days with written notice).
    Check its progress with <code>/status { $code }</code>.

## Public-information requests
info-intro = 📄 <b>Public information request</b> (Law 14/2008). I will ask { $count } short questions. Type /cancel to stop.
info-question = { $number }/{ $total } — { $question }
info-ask-name = What is your full name (as on your ID card)?
info-ask-occupation = What is your occupation? (for example student, self-employed, journalist, civil servant)
info-ask-contact = A phone number or e-mail address where you can be reached? (for example <code>0812 3456 7890</code> or <code>name@example.id</code>)
info-ask-information = What information do you request? Be as specific as you can (documents, period, activity).
info-ask-purpose = What will the information be used for?
info-ask-delivery = How do you want to receive it?
info-ask-agency = Which agency holds this information?
info-invalid-name = Please type your full name.
info-invalid-occupation = Please type your occupation ("not working" or "pupil" is fine).
info-invalid-contact = Please type a phone number or e-mail address where you can be reached.
info-invalid-information = Please describe the information you request in more detail.
info-invalid-purpose = Please describe what the information will be used for.
info-agency-suggest = This information seems to be held by <b>{ $agency }</b>. Is that right?
info-agency-pick = Which agency holds this information? Choose "Don't know" if unsure — the main PPID will forward it.
delivery-chat = Through this chat
delivery-email = E-mail (electronic copy)
delivery-pickup = Pick up in person (printed copy)
delivery-post = By post
info-summary =
    <b>Check your request</b>

    <b>Name:</b> { $name }
    <b>Occupation:</b> { $occupation }
    <b>Contact:</b> { $contact }
    <b>Information requested:</b> { $information }
    <b>Purpose:</b> { $purpose }
    <b>Delivery:</b> { $delivery }
    <b>Addressed to:</b> PPID of { $agency }
    <b>Attachments:</b> { $attachments }

    Send it now?

## Status
status-none = You have no reports or information requests yet. File a report with /report, or request information with /info.
status-list-title-complaint = <b>Your reports</b> (newest first):
status-list-title-info = <b>Your information requests</b> (newest first):
status-list-line = • <code>{ $code }</code> — { $status } · { $age }
status-unknown = Number <code>{ $code }</code> was not found among your reports and requests. Check the number, or type /status to list them.
status-detail =
    <b>{ $code }</b> — { $kind }
    Status: <b>{ $status }</b>
    Agency: { $agency }
    Received: { $created } ({ $age })

    { $description }
status-open = Waiting for action
status-in_progress = Being handled
status-answered = Answered
status-resolved = Resolved
status-rejected = Rejected / not their authority
status-closed = Closed
kind-complaint = Complaint
kind-info = Information request
age-minutes = { $count } min ago
age-hours = { $count } h ago
age-days = { $count } days ago

## Ticket card for staff groups
card-title-complaint = 🆕 <b>New complaint { $code }</b>
card-title-info = 🆕 <b>Information request { $code }</b>
card-agency = Agency: <b>{ $agency }</b>
card-agency-unknown = ⚠️ The resident did not know the agency — please forward it to the one in charge.
card-received = Received: { $time }
card-privacy = Identity: { $privacy }
card-reporter = Reported by: { $name }
card-reporter-hidden = Reported by: (hidden at the resident's request)
card-info-name = Requester: { $name }
card-info-contact = Contact: { $contact }
card-info-purpose = Purpose: { $purpose }
card-info-delivery = Delivery: { $delivery }
card-location = Location: { $location }
card-location-map = Location: <a href="{ $url }">open map</a>
card-photos = Photos: { $count }
card-description-heading = <b>Description:</b>

## SLA
sla-expected-response = Expected response by: <b>{ $due }</b>.
sla-resident-escalated =
    ⚠️ Report <b>{ $code }</b> was not answered by { $agency } by its deadline ({ $due }).
    It has been escalated to the supervisors for prompt action. We apologise for the delay.
sla-resident-extended =
    📄 <b>Written notice of extension</b>
    The deadline for information request <b>{ $code }</b> has been extended by { $extension } (Law 14/2008 art. 22(8)) until <b>{ $due }</b>.
    Reason: { $reason }
sla-resident-closed =
    Report <b>{ $code }</b> has been closed because we heard nothing more from you for { $after }.
    If the problem is not solved, file a new report with /report and mention this number.
sla-stage-response = Waiting for a first response.
sla-stage-resolution = Waiting for the follow-up after the first response.
sla-reminder =
    ⏰ <b>Deadline reminder { $code }</b> ({ $kind })
    { $stage }
    Time left: <b>{ $left }</b> — due { $due }.
sla-escalation-title-1 = 🚨 <b>Deadline missed: { $code }</b>
sla-escalation-title-2 = 🚨🚨 <b>Second-level escalation: { $code }</b>
sla-escalation =
    { $title } ({ $kind })
    Agency: <b>{ $agency }</b>
    { $stage }
    Due: { $due } — overdue by <b>{ $overdue }</b>

    { $summary }
sla-button-nudge = 📣 Nudge the agency
sla-button-history = 📜 History
sla-nudge =
    📣 <b>The supervisors ask for { $code } to be handled now.</b>
    Deadline: { $due }.
sla-nudge-sent = A reminder about { $code } was sent to { $agency }.
sla-ticket-unknown = Ticket not found.
sla-history-title = <b>History of { $code }</b> ({ $status })
sla-left-working = { $span } of working time
sla-span-d = { $count ->
    [one] 1 day
   *[other] { $count } days
}
sla-span-h = { $count ->
    [one] 1 hour
   *[other] { $count } hours
}
sla-span-m = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
sla-span-s = { $count ->
    [one] 1 second
   *[other] { $count } seconds
}
sla-span-under-minute = less than a minute
sla-duration-working-days = { $count ->
    [one] 1 working day
   *[other] { $count } working days
}
sla-extend-usage = Usage: <code>/perpanjang CODE reason</code> — for information requests (INF-…), once, with a written reason.
sla-extend-unknown = Ticket <code>{ $code }</code> was not found in this group.
sla-extend-not-info = Only information requests (INF-…) can be extended.
sla-extend-twice = { $code } was already extended on { $when }; it can be extended only once.
sla-extend-inactive = { $code } is not waiting for an answer (status: { $status }).
sla-extend-no-reason = Please give the reason: <code>/perpanjang { $code } reason…</code>
sla-extend-done = ✅ Extension of { $code } recorded. New deadline: <b>{ $due }</b>. The requester has been notified in writing.
sla-digest-title = 📊 <b>Daily digest { $date }</b>
sla-digest-line = <b>{ $agency }</b>: open { $open } · overdue { $overdue } · answered yesterday { $answered } · median first response { $median }
sla-digest-empty = No open tickets and no answers yesterday.
sla-digest-footnote = Median: time from a report's arrival to its first response, last 30 days.
sla-median-none = –
sla-weekly =
    📅 <b>Weekly summary { $agency }</b> ({ $start } – { $end })
    Received: { $received }
    Answered: { $answered }
    Still open: { $open }
    Overdue: { $overdue }
    Median first response (30 days): { $median }

## Staff
staff-span-minutes = { $count } min
staff-span-hours = { $count } h
staff-span-days = { $count } days
staff-card-compact-title = 📋 <b>{ $code }</b> (full description above; /tiket { $code })
staff-card-status = Status: <b>{ $status }</b>
staff-card-assignee = Handled by: { $name }
staff-card-unassigned = Handled by: nobody yet
staff-card-due = ⏳ Time left: { $left }
staff-card-overdue = ⏰ <b>Overdue by { $late }</b>
staff-card-reopened = 🔄 Reopened { $count } time(s)
staff-card-moved = ↪️ <b>Reassigned to { $agency }</b>
staff-card-rating = ⭐ Resident's rating: { $score }/5
staff-btn-take = 🙋 Take
staff-btn-resolve = ✅ Resolve
staff-btn-reassign = ↪️ Reassign
staff-btn-reject = ❌ Reject
staff-btn-ask = ❓ Ask for details
staff-already-yours = You are already handling { $code }.
staff-already-taken = { $code } is already taken by { $name }.
staff-resolved = ✅ { $code } marked resolved. The resident is asked whether the problem is really solved.
staff-rejected = ❌ { $code } rejected; the reason was sent to the resident.
staff-reject-ask = Write the reason for rejecting { $code } as your next message — the resident will see it. Type /cancel to cancel.
staff-reject-cancelled = Rejection cancelled; the ticket is unchanged.
staff-reassign-choose = Reassign { $code } to which agency?
staff-reassigned = ↪️ { $code } reassigned to { $agency }. The resident was told.
staff-details-asked = ❓ A request for more details about { $code } was sent to the resident. Their answer will appear here.
staff-reply-sent = ✅ Sent to the resident ({ $code }).
staff-note-saved = 📝 Note saved on { $code } (not sent to the resident).
staff-note-empty = The note is empty. Write: <code>#catatan your note</code>
staff-ticket-where = Reply to one of the bot's messages about that ticket (or write in its topic), then try again.
staff-templates-none = This agency has no reply templates yet (see <code>templates</code> in the agencies file).
staff-templates-title = <b>Reply templates</b> — reply to a ticket message with <code>/t NAME</code>:
staff-template-line = • <code>{ $name }</code> — { $text }
staff-template-unknown = There is no template <code>{ $name }</code>. Available: { $names }
staff-followup = 📨 <b>More information from the resident</b> for <code>{ $code }</code>:

    { $text }
staff-followup-attachment = 📨 <b>An attachment from the resident</b> for <code>{ $code }</code>.
staff-reopened = 🔄 <b>{ $code } reopened by the resident</b> — the problem is not solved.
    Reason: { $reason }
staff-rated = ⭐ The resident rated the handling of { $code }: <b>{ $score }/5</b>
staff-rated-comment = 💬 The resident's comment on { $code }: { $comment }
staff-rating-comment = Resident's comment: { $comment }
staff-not-yours = ⛔ This ticket does not belong to this group (or was reassigned). Nothing was changed.
staff-not-allowed = ⛔ You are not listed as an admin allowed to handle this ticket. Nothing was changed.
staff-bad-transition = Ticket { $code } is "{ $status }"; that action is not possible.
staff-closed = Ticket { $code } is closed; the message was not sent to the resident.
staff-unsupported = Only text, photos and documents can be relayed to the resident.
staff-button-expired = This button is no longer valid.
staff-list-title = <b>Open tickets — { $agency }</b> ({ $count }, oldest first):
staff-list-line = • <code>{ $code }</code> — { $status } · { $age } · { $assignee } { $left }
staff-list-none = No open tickets for { $agency }. 👍
staff-detail-title = <b>{ $kind } { $code }</b>
staff-history-title = <b>History:</b>
staff-actor-resident = resident
staff-action-created = created
staff-action-taken = taken
staff-action-replied = replied
staff-action-template = replied (template)
staff-action-resolved = resolved
staff-action-rejected = rejected
staff-action-reassigned = reassigned
staff-action-details_asked = details requested
staff-action-note = 📝 note
staff-action-followup = more information
staff-action-reopened = reopened
staff-action-rated = rated
staff-action-confirmed = confirmed solved
staff-unknown-ticket = Ticket <code>{ $code }</code> was not found in this agency.
staff-search-usage = Write: <code>/cari word</code> (at least 2 letters), e.g. <code>/cari market</code>.
staff-search-none = No ticket matches "{ $text }".
staff-search-title = <b>Search results for "{ $text }"</b>:
staff-help =
    <b>How to handle tickets</b>
    • Card buttons: 🙋 Take · ✅ Resolve · ↪️ Reassign · ❌ Reject (with a reason) · ❓ Ask for details.
    • Reply to the card (or any bot message about that ticket) to answer the resident; in a forum group just write in the ticket's topic. Text, photos and documents are relayed in the agency's name.
    • <code>#catatan text</code> or <code>/catatan text</code> — an internal note, never sent to the resident.
    • <code>/t NAME</code> — send a reply template; <code>/templat</code> — list templates.
    • /tiket — open tickets; <code>/tiket CODE</code> — details and history; <code>/cari word</code> — search tickets.
    • <code>/perpanjang CODE reason</code> — extend an information request (INF-…) once, by 7 working days; the requester receives the written notice.
resident-taken = 🙋 Your report <code>{ $code }</code> is being handled by { $agency }.
resident-reply =
    💬 <b>Reply from { $agency }</b> about your report <code>{ $code }</code>:

    { $text }
resident-reply-signed =
    💬 <b>Reply from { $agency }</b> about your report <code>{ $code }</code>:

    { $text }
    — { $admin }
resident-reply-attachment = 💬 <b>Reply from { $agency }</b> about your report <code>{ $code }</code> (attachment).
resident-reply-attachment-signed = 💬 <b>Reply from { $agency }</b> about your report <code>{ $code }</code> (attachment) — { $admin }
resident-reassigned = ↪️ Your report <code>{ $code }</code> was passed to <b>{ $agency }</b>, the agency responsible for it.
resident-rejected =
    ❌ { $agency } cannot follow up your report <code>{ $code }</code>.
    Reason: { $reason }
resident-resolved =
    ✅ { $agency } says your report <code>{ $code }</code> has been resolved.
    Is your problem really solved?
resident-solved-yes = 👍 Yes, solved
resident-solved-no = 👎 Not yet
resident-rate = Glad to hear it! How satisfied are you with how <code>{ $code }</code> was handled? (1 = very unsatisfied, 5 = very satisfied)
resident-rate-comment = Thank you for your rating ({ $score }/5). Any comment or suggestion? Just write it, or press Skip.
resident-rate-thanks = Thank you for your feedback. 🙏 Report <code>{ $code }</code> is closed.
resident-reopen-ask = Sorry it is not solved yet. What is still wrong? Write briefly; report <code>{ $code }</code> will be reopened and sent back to the agency.
resident-reopened = 🔄 Report <code>{ $code }</code> was reopened and sent back to { $agency }.
resident-rating-expired = This question about your report is no longer valid.
resident-details-asked = ❓ { $agency } asks for more details about your report <code>{ $code }</code>. Please send them (text or a photo) as your next message; it will be passed on to the staff.
resident-followup-button = ➕ Add information
resident-followup-ask = Please write the additional information for report <code>{ $code }</code> (text, a photo or a document). Type /cancel to cancel.
resident-followup-sent = 📨 Your information was passed on to { $agency } (report <code>{ $code }</code>).
resident-followup-closed = Report <code>{ $code }</code> is no longer open, so information cannot be added. File a new report with /report.

## Delivery
delivery-dead-letter =
    ⚠️ A message to chat <code>{ $chat }</code> could not be delivered after { $attempts } attempts and was kept as a dead letter (#{ $id }).
    Reason: { $reason }
    An operator can resend it with <code>aduan outbox retry { $id }</code>.
delivery-staff-unreachable =
    🚫 The bot cannot send to the staff group <code>{ $chat }</code> ({ $agency }): it was blocked or removed from the group.
    Reports for this agency are not arriving. Add the bot back to the group, then run <code>aduan outbox retry-all</code>.

## WhatsApp
whatsapp-list-button = Choose
whatsapp-numbered-hint = Reply with the number of your choice.
whatsapp-attachment-unavailable = (An attachment from the agency could not be sent over WhatsApp.)

## Information requests: their own words (not "report")
contact-bad-email = That e-mail address is incomplete or mistyped (a correct one looks like <code>name@example.id</code>).
contact-phone-short = That number is too short for an Indonesian phone number (mobile numbers have 10–13 digits, for example <code>0812 3456 7890</code>).
contact-phone-long = That number is too long for an Indonesian phone number (mobile numbers have 10–13 digits, for example <code>0812 3456 7890</code>).
contact-phone-foreign = Please use an Indonesian number (starting with 08 or +62), or type an e-mail address.
contact-phone-prefix = That is not an Indonesian phone number: mobile numbers start with 08 (or +62 8), landlines with an area code such as 021.
contact-none = I need a mobile number (for example <code>0812 3456 7890</code>) or an e-mail address (for example <code>name@example.id</code>) so that the PPID can reach you.
card-info-occupation = Occupation: { $occupation }
card-reporter-info = Requester's account: { $name }
status-open-info = Received, waiting for the PPID's decision
status-in_progress-info = Being processed by the PPID
status-answered-info = Answered by the PPID
status-resolved-info = Answered
status-rejected-info = Rejected
status-closed-info = Finished
resident-taken-info = 🙋 Your information request <code>{ $code }</code> is being processed by the PPID of { $agency }.
resident-reply-info =
    💬 <b>Reply from the PPID of { $agency }</b> about your information request <code>{ $code }</code>:

    { $text }
resident-reply-signed-info =
    💬 <b>Reply from the PPID of { $agency }</b> about your information request <code>{ $code }</code>:

    { $text }
    — { $admin }
resident-reply-attachment-info = 💬 <b>Reply from the PPID of { $agency }</b> about your information request <code>{ $code }</code> (attachment).
resident-reply-attachment-signed-info = 💬 <b>Reply from the PPID of { $agency }</b> about your information request <code>{ $code }</code> (attachment) — { $admin }
resident-reassigned-info = ↪️ Your information request <code>{ $code }</code> was passed to the PPID of <b>{ $agency }</b>, which holds that information.
resident-rejected-info =
    ❌ The PPID of { $agency } cannot fulfil your information request <code>{ $code }</code>.
    Reason: { $reason }
    If you do not accept this reason, you may object to the PPID's superior within 30 working days.
resident-resolved-info =
    ✅ The PPID of { $agency } says your information request <code>{ $code }</code> has been answered.
    If what you received is not what you asked for, you may object to the PPID's superior within 30 working days.
resident-details-asked-info = ❓ The PPID of { $agency } asks for more details about your information request <code>{ $code }</code>. Please send them as your next message; it will be passed on to the PPID.
resident-followup-ask-info = Please write the additional details for information request <code>{ $code }</code>. Type /cancel to cancel.
resident-followup-sent-info = 📨 Your details were passed on to the PPID of { $agency } (request <code>{ $code }</code>).
resident-followup-closed-info = Information request <code>{ $code }</code> is finished, so details cannot be added. Make a new request with /info.
sla-resident-escalated-info =
    ⚠️ The PPID of { $agency } has not decided on your information request <b>{ $code }</b> by its deadline ({ $due }).
    It has been escalated to the supervisors. You also have the right to object to the PPID's superior because the request was not answered (Law 14/2008 art. 35).
sla-resident-closed-info =
    Information request <b>{ $code }</b> has been closed because we heard nothing more from you for { $after }.
    If what you received is not what you asked for, you may object to the PPID's superior.
staff-resolved-info = ✅ Request { $code } marked answered and closed. The requester was told of the right to object.
staff-reject-ask-info = Write the reason for rejecting request { $code } as your next message — it is sent to the requester. Type /cancel to cancel.
staff-rejected-info = ❌ Request { $code } rejected; the reason was sent to the requester.

## PPID: decisions and written notices
ppid-btn-decide = ⚖️ Decision
ppid-card-due = ⚖️ Written notice due: { $due }
ppid-card-decided = ⚖️ <b>Decided: { $kind }</b> — the written notice was sent.
ppid-decided = ⚖️ The decision on { $code } ({ $kind }) was recorded and the written notice sent to the requester.
ppid-already-decided = Request { $code } has already been decided or closed.
ppid-cancelled = Drafting the decision on { $code } was cancelled; the request is unchanged.
ppid-send = ✅ Send the decision
ppid-cancel = ❌ Cancel
ppid-summary =
    <b>Decision on { $code }</b>: { $kind }
    Attachments/links: { $count }
    Send the written notice to the requester now?
ppid-ask-kind = ⚖️ Decision on request { $code }:
ppid-ask-exemption = Exemption ground (Law 14/2008 art. 17):
ppid-ask-withheld = Write which part of the information is withheld, as your next message.
ppid-ask-consequence = Write the consequence test: the harm that disclosing it would cause (Law 14/2008 art. 19).
ppid-ask-held_by = Write which public body may hold this information (or "-" if unknown).
ppid-ask-reason = Write the explanation for the requester (why it is not documented yet, and when it will be).
ppid-ask-form = Form of the information given:
ppid-ask-cost = Cost (copying): press Free, or write the amount in rupiah.
ppid-ask-handover = When and how the information is handed over: press the button, or write it (for example "collect at the office from 5 December, 08.00–15.00").
ppid-ask-attach = Send the information now: documents, photos or links (several messages are fine). Press Continue when done, or when it is handed over another way.
ppid-kind-granted = Granted in full
ppid-kind-partial = Granted in part
ppid-kind-rejected = Rejected (exempt)
ppid-kind-not_held = Not held
ppid-kind-undocumented = Not yet documented
ppid-exemption-a = Art. 17(a): would obstruct law enforcement
ppid-exemption-b = Art. 17(b): would harm intellectual property and fair competition
ppid-exemption-c = Art. 17(c): would endanger national defence and security
ppid-exemption-d = Art. 17(d): would reveal Indonesia's natural wealth
ppid-exemption-e = Art. 17(e): would harm national economic resilience
ppid-exemption-f = Art. 17(f): would harm foreign relations
ppid-exemption-g = Art. 17(g): would reveal personal authentic deeds or last wills
ppid-exemption-h = Art. 17(h): would reveal personal secrets
ppid-exemption-i = Art. 17(i): internal memoranda or letters confidential by nature
ppid-exemption-j = Art. 17(j): information that a law forbids disclosing
ppid-exemption-short-a = Law enforcement
ppid-exemption-short-b = IP, fair competition
ppid-exemption-short-c = Defence, security
ppid-exemption-short-d = Natural wealth
ppid-exemption-short-e = Economic resilience
ppid-exemption-short-f = Foreign relations
ppid-exemption-short-g = Deeds, wills
ppid-exemption-short-h = Personal secrets
ppid-exemption-short-i = Internal memoranda
ppid-exemption-short-j = Forbidden by law
ppid-form-softcopy = Electronic copy (soft copy)
ppid-form-hardcopy = Printed copy (hard copy)
ppid-form-viewing = Viewing/reading on site
ppid-cost-free = Free
ppid-cost-rupiah = Rp { $amount }
ppid-cost-invalid = Write the cost as a number of rupiah (for example 15000), or press Free.
ppid-handover-chat = By chat, with the letter
ppid-handover-chat-text = Sent through this chat with the written notice.
ppid-attach-done = Continue ➡️
ppid-notice-title = 📄 <b>Written notice</b> on information request <b>{ $code }</b> — PPID of { $agency }
ppid-notice-line = <b>{ $label }:</b> { $value }
ppid-notice-number = Request number
ppid-notice-received = Received
ppid-notice-requester = Requester
ppid-notice-information = Information requested
ppid-notice-decision = Decision
ppid-notice-exemption = Exemption ground
ppid-notice-withheld = Information withheld
ppid-notice-consequence = Consequence test
ppid-notice-held-by = The information may be held by
ppid-notice-reason = Explanation
ppid-notice-form = Form of the information
ppid-notice-cost = Cost
ppid-notice-handover = When and how it is handed over
ppid-notice-links = Links to the information
ppid-notice-objection = Objection
ppid-notice-objection-how = If you are not satisfied with this decision, object to the PPID's superior by { $until } by typing /objection { $code } in this chat (Law 14/2008 art. 35–36).
ppid-notice-documents = 📎 The information you requested (request { $code }).
ppid-pdf-title = WRITTEN NOTICE
ppid-pdf-opening = Following public information request number { $code }, we hereby give the PPID's decision (Law 14/2008 art. 22(7)):
ppid-pdf-place-date = { $date }
ppid-pdf-signer = PPID of { $agency }
ppid-status-requested = Requested; decision due by { $due }
ppid-status-decided = Decided: { $kind } ({ $date })
ppid-status-objection-filed = Objection { $code } filed; the PPID's superior answers by { $due }
ppid-status-objection-upheld = Objection { $code } answered: upheld
ppid-status-objection-rejected = Objection { $code } answered: rejected
ppid-resend-button = 📄 Send the letter again
ppid-object-button = ⚖️ Object

## PPID: objections
ppid-objection-usage = Type <code>/objection NUMBER</code>, for example <code>/objection INF-2611-0001</code>. Your request numbers are in /status.
ppid-objection-twice = You already filed objection { $objection } to request { $code }; an objection can be filed once. Follow it with <code>/status { $code }</code>.
ppid-objection-early = Request { $code } is still within the PPID's time to answer (by { $due }). You can object once it is decided, or when that deadline passes without a decision.
ppid-objection-closed = The time to object to request { $code } ended on { $closed } (30 working days, Law 14/2008 art. 36). An objection can no longer be filed.
ppid-objection-ask-ground = ⚖️ <b>Objection to request { $code }</b> (Law 14/2008 art. 35). Choose the ground:
ppid-objection-ask-explain = Explain your objection in one message (at least 10 letters): what you asked for and why the PPID's answer does not fit.
ppid-objection-summary =
    <b>Check your objection</b>
    Request: { $code }
    Ground: { $ground }
    Explanation: { $explanation }

    Send it to the PPID's superior now?
ppid-objection-filed =
    ✅ Your objection has been received as <b>{ $code }</b> (to request { $request }) and passed to the PPID's superior.
    The superior must answer in writing by <b>{ $due }</b> (30 working days).
ppid-ground-a = Rejection on an exemption ground (art. 17)
ppid-ground-b = Periodic information not provided (art. 9)
ppid-ground-c = Request not answered
ppid-ground-d = Answered not as asked
ppid-ground-e = Request not fulfilled
ppid-ground-f = Unreasonable cost
ppid-ground-g = Information handed over late
ppid-ground-short-a = Rejected (art. 17)
ppid-ground-short-b = Periodic info missing
ppid-ground-short-c = Not answered
ppid-ground-short-d = Not as asked
ppid-ground-short-e = Not fulfilled
ppid-ground-short-f = Unreasonable cost
ppid-ground-short-g = Late
ppid-superior-card =
    ⚖️ <b>Objection { $code }</b> to request { $request } — PPID of { $agency }
    Ground: { $ground }
    Requester's explanation: { $explanation }
    Information requested: { $information }
    Written answer due: <b>{ $due }</b>
ppid-superior-upheld = ✅ Objection upheld
ppid-superior-rejected = ❌ Objection rejected
ppid-verdict-upheld = objection upheld
ppid-verdict-rejected = objection rejected
ppid-superior-ask = Write the written answer to objection { $code } ({ $verdict }) with its reasons, as your next message. Type /cancel to cancel.
ppid-superior-nothing-pending = No objection is waiting for your answer here. Press ✅ Objection upheld or ❌ Objection rejected on an objection's card, then write the written answer as your next message.
ppid-superior-cancelled = Answer cancelled; the objection is not answered yet.
ppid-superior-already = Objection { $code } has already been answered.
ppid-superior-done = ✅ The answer to objection { $code } was sent to the requester.
ppid-ppid-told-upheld = ⚖️ The PPID's superior <b>upheld objection { $code }</b> to request { $request }. The PPID must carry out this answer:
    { $response }
ppid-objection-answered-upheld =
    ⚖️ <b>Objection { $code } upheld</b> by the PPID's superior (request { $request }).
    Answer: { $response }
    The PPID will give the information as this answer says. If you are still not satisfied, you may take the dispute to the provincial Information Commission by { $until } (14 working days, Law 14/2008 art. 37).
ppid-objection-answered-rejected =
    ⚖️ <b>Objection { $code } rejected</b> by the PPID's superior (request { $request }).
    Answer: { $response }
    If you are not satisfied, you may take the dispute to the provincial Information Commission by { $until } (14 working days, Law 14/2008 art. 37): send its dispute form with copies of your request, the written notice, your objection and this answer.
ppid-requester-accept = I accept
ppid-requester-dispute = Going to the Commission
ppid-requester-accept-noted = Thank you, your response to objection { $code } is recorded.
ppid-requester-dispute-noted = Your response to objection { $code } is recorded. File the dispute with the provincial Information Commission within 14 working days.

## Knowledge base (issue 13)
complaint-offer-or-read = It looks like you are reporting a problem. Shall I help you file an official report? Your message will be used as its description. If you only want to know the rules, choose the information below.
## Public transparency page (/transparansi)
public-title = Complaint Service Transparency
public-lead = Every complaint received is answered and recorded. This page shows how each agency performs and the residents' reports that are published (personal data masked; confidential reports are never shown).
public-footer = The data may be reused under the { $licence } licence.
public-open-data = Open data
public-reports-heading = Published reports
public-filter-agency = Agency
public-all-agencies = All agencies
public-filter-apply = Show
public-report-count = { $count } reports
public-no-reports = No reports have been published yet.
public-newer = Newer
public-older = Older
public-agency = Agency
public-category = Category
public-area = Area
public-address = Address
public-received = Received
public-updated = Updated
public-resolved = Resolved
public-description = The report
public-reply = Reply from { $agency }
public-masked-note = Phone numbers, NIK, e-mail addresses, account numbers and personal names are masked before publication.
public-back = Back to the list
public-data-lead = Published reports and performance figures per month, as CSV and JSON, with a data dictionary. Licence: { $licence }. Column names are stable and will not change.
public-month = Month
public-dictionary = Data dictionary
public-column = Column
public-type = Type
public-meaning = Meaning
public-figures-heading = Performance figures
## Figures (the dashboard issue): tables, exports, the CLI
fig-col-agency = Agency
fig-col-received = Received
fig-col-open = Waiting now
fig-col-overdue = Overdue now
fig-col-response-median = First response, median (working hours)
fig-col-response-p90 = First response, p90 (working hours)
fig-col-resolution-median = Resolution, median (working hours)
fig-col-resolution-p90 = Resolution, p90 (working hours)
fig-col-response-share = Answered on time (%)
fig-col-resolution-share = Resolved on time (%)
fig-col-reassigned = Reassigned
fig-col-rejected = Rejected
fig-col-reopened = Reopened
fig-col-rating = Mean rating
fig-col-rated = Rated (%)
fig-col-rated-good = Rated 4–5 (%)
fig-col-telegram = Telegram
fig-col-whatsapp = WhatsApp
fig-col-category = Category
fig-col-count = Tickets
# the agency table's two-row header (the dashboard on a desktop, XLSX and PDF): a group over
# its columns, each column's short name beneath
fig-group-response = First response (working hours)
fig-group-resolution = Resolution (working hours)
fig-group-on-time = On time (%)
fig-group-rating = Rating
fig-group-channel = Channel
fig-sub-p90 = p90
fig-sub-median = Median
fig-sub-answered = Answered
fig-sub-resolved = Resolved
fig-sub-rating-mean = Mean
fig-sub-rated = Rated (%)
fig-sub-rated-good = Rated 4–5 (%)
fig-total = All agencies
fig-title = Service performance { $period }
fig-title-kind = Service performance { $period } — { $kind }
fig-categories-title = Top categories { $period }
fig-kind-complaint = Complaints
fig-kind-info = Information requests
fig-kind-all = All kinds

## PPID: objection deadlines, registers, report, digest (issue 16)
ppid-objection-reminder =
    ⏰ <b>Reminder: objection { $code }</b> to request { $request } is not answered yet.
    Time left: <b>{ $left }</b> — the written response is due by { $due } (30 working days, Law 14/2008 art. 36).
ppid-objection-escalation =
    🚨 <b>Objection { $code } not answered</b> by the PPID's superior by its deadline ({ $due }).
    Request: { $request } — { $agency }
    Ground: { $ground }

    { $summary }
ppid-objection-unanswered =
    ⚖️ The PPID's superior has not answered objection <b>{ $code }</b> (request { $request }) by its deadline, { $due }. The supervisors have been told.
    You have the right to take the dispute to the provincial Information Commission by { $until } (14 working days, Law 14/2008 art. 37): send its dispute form with copies of your request, the written notice (if any) and your objection.
publication-withdraw-button = 🙈 Do not show on the public page
publication-withdrawn = Report <code>{ $code }</code> will not be shown on the transparency page, in the open data or in the public API. It is still handled as usual.
publication-already-withdrawn = Report <code>{ $code }</code> is already kept off the public page.
publication-never-published = Report <code>{ $code }</code> is never published (confidential reports and information requests are not).
publication-withdraw-usage = Write <code>/withdraw CODE</code>, e.g. <code>/withdraw ADU-2611-0042</code>, to take your report off the public page.
public-period-bulan-ini = This month
public-period-bulan-lalu = Last month
public-period-tahun-ini = This year
public-fig-received = Received
public-fig-resolved = Resolved
public-fig-response = First response (median, hours)
public-fig-resolution = Resolution (median, hours)
public-fig-on-time = On time
public-fig-satisfaction = Satisfaction (1-5)
public-fig-behind = behind target
public-fig-note = Complaints and information requests received in the period. Times are working hours (Monday-Friday, holidays excluded). "On time" = the share answered within the target.
public-trend-heading = Received and resolved per month
## Dashboard (the dashboard issue)
dash-login-off = The dashboard is not switched on (the operator has not set ADUAN_DASHBOARD_URL).
dash-login-refused = The dashboard is for an agency's admins in its staff group, or for supervisors in the supervisors' group.
dash-login-sent = 🔐 A dashboard login link was sent to you in a private message. If it does not arrive, open a private chat with this bot, press Start, then send /dasbor here again.
dash-login-link = 🔐 <a href="{ $link }">Log in to the aduan dashboard</a>
    This link works once and for { $minutes } minutes. Do not forward it.
dash-title = aduan dashboard
dash-nav-overview = Overview
dash-nav-tickets = Tickets
dash-role-supervisor = Supervisor (every agency)
dash-logout = Log out
dash-howto-title = How to log in to the dashboard
dash-howto-body = The dashboard has no passwords. You log in through the bot, with a one-time link.
dash-howto-step1 = In your agency's staff group (or the supervisors' group), send /dasbor.
dash-howto-step2 = The bot sends you a login link in a private message. Never chatted with the bot? Open a private chat with it and press Start first.
dash-howto-step3 = Open the link within 10 minutes and press Log in. The link works once; the session ends after a working day.
dash-login-title = Log in to the dashboard
dash-login-body = Press the button below to log in. This link works only once.
dash-login-button = Log in
dash-error-title = Cannot open this
dash-error-csrf = The form has expired. Reload the page and try again.
dash-error-link = This login link is not valid: it was used already, it is older than 10 minutes, or it is wrong. Send /dasbor in the group again for a new one.
dash-error-missing = Ticket not found.
dash-error-forbidden = This ticket belongs to another agency; you may not see it.
dash-period = Period
dash-kind = Kind
dash-show = Show
dash-hours-note = Times in working hours (working days and hours, holidays skipped).
dash-col-response-median = First response, median (h)
dash-col-resolution-median = Resolution, median (h)
# the dashboard's groups over the hours (the page says they are working hours); the other groups and the short names are fig-group-*, fig-sub-*
dash-group-response = First response (h)
dash-group-resolution = Resolution (h)
# where the agency table's columns do not all fit (a tablet, a small laptop) it shows one part at a time, the toggle above it chooses
dash-columns = Columns
dash-columns-main = Main
dash-columns-more = Details
dash-columns-note = A wider screen shows every column at once.
dash-behind = Behind target: under 80% answered or resolved in time.
dash-empty = Nothing here.
dash-chart-weekly = Received and finished per week
dash-chart-weekly-received = Received per week
dash-chart-received = Received
dash-chart-finished = Finished
dash-chart-response = Median first response per agency (working hours)
dash-hours-short = h
dash-tickets-title = Tickets
dash-any = Any
dash-col-code = Code
dash-col-kind = Kind
dash-col-agency = Agency
dash-col-status = Status
dash-col-privacy = Privacy
dash-col-channel = Channel
dash-col-received = Received
dash-col-category = Category
dash-col-first-response = First response (working hours)
dash-col-resolution = Resolution (working hours)
dash-col-overdue = Overdue
dash-col-description = Description
dash-overdue-only = Overdue only
dash-search = Search
dash-found = { $count } tickets
dash-previous = Previous
dash-next = Next
dash-page = Page { $number } of { $pages }
dash-resident = Resident
dash-resident-hidden = hidden (anonymous or confidential report)
dash-location = Location
dash-map = map
dash-photos-count = { $count ->
    [one] Photo (1)
   *[other] Photos ({ $count })
}
dash-documents-count = { $count ->
    [one] Document (1)
   *[other] Documents ({ $count })
}
dash-sla = Deadline
dash-sla-due = running until { $due }
dash-overdue = overdue
dash-late = late
dash-timeline = Timeline
dash-messages = Messages to the resident
dash-privacy-public = Public
dash-privacy-anonymous = Anonymous
dash-privacy-confidential = Confidential
dash-yes = yes
monthly-title = 📊 <b>Monthly performance report { $period }</b>
monthly-summary = Received { $received } · median first response { $median } working hours · answered on time { $response }% · resolved on time { $resolution }% · satisfaction { $rating }/5 ({ $rated } ratings)
monthly-best = <b>Best</b> (answered on time, then median first response):
monthly-worst = <b>Needs attention</b>:
monthly-agency = • { $agency }: { $share }% on time, median { $median } h
monthly-backlog = Backlog now: { $waiting } waiting for an agency, { $overdue } overdue.
## Staff display (field test)
card-title-state = { $icon } <b>{ $kind } { $code }</b> — { $status }
staff-card-due-by = ⏳ Time left: { $left } — due { $due }
staff-card-overdue-by = ⏰ <b>Overdue by { $late }</b> — was due { $due }
history-line = • { $time } — { $action } · { $actor }{ $detail }
history-actor-staff = staff
history-actor-supervisor = supervisor
history-actor-system = system (deadlines)
history-actor-other = other
staff-action-sla_reminder = deadline reminder to the agency
staff-action-sla_escalated_1 = deadline missed, escalated to the supervisors
staff-action-sla_escalated_2 = escalated to level 2
staff-action-sla_nudged = supervisors asked for action
staff-action-extended = extended
staff-action-auto_closed = closed automatically (no reply from the resident)
staff-action-publication_withdrawn = publication withdrawn
staff-action-publication_withheld = not published
staff-action-publication_released = published
staff-action-publication_edited = published text edited
sla-weekly-skipped = 📅 Weekly summaries went to { $sent } groups; { $skipped } skipped because all their figures were 0: { $agencies }.
dash-event-created = Received
dash-event-taken = Taken by staff
dash-event-replied = Answered to the resident
dash-event-resolved = Marked resolved
dash-event-reassigned = Reassigned
dash-event-rejected = Rejected
dash-event-details-asked = Details asked
dash-event-followup = More information from the resident
dash-event-reopened = Reopened by the resident
dash-event-confirmed = Confirmed solved by the resident
dash-event-rated = Rated by the resident
dash-event-note = Internal note
dash-event-sla-nudged = Nudged by a supervisor
dash-event-extended = Extended
dash-event-auto-closed = Closed automatically


ppid-reg-title-requests = Request register
ppid-reg-title-objections = Objection register
ppid-reg-no = No.
ppid-reg-received = Date of request
ppid-reg-code = Registration number
ppid-reg-name = Requester's name
ppid-reg-contact = Phone/e-mail
ppid-reg-occupation = Occupation
ppid-reg-information = Information requested
ppid-reg-purpose = Purpose of use
ppid-reg-delivery = How to receive a copy
ppid-reg-form = Form of the information
ppid-reg-channel = How requested
ppid-reg-decision = Decision
ppid-reg-exemption = Ground of rejection (art. 17)
ppid-reg-notice = Date of the written notice
ppid-reg-handover = Date handed over
ppid-reg-days = Time taken (working days)
ppid-reg-agency = PPID
ppid-reg-undecided = In progress
ppid-reg-closed-undecided = Closed without a written decision
ppid-reg-obj-no = No.
ppid-reg-obj-filed = Date of objection
ppid-reg-obj-code = Objection number
ppid-reg-obj-name = Requester's name
ppid-reg-obj-contact = Phone/e-mail
ppid-reg-obj-request = Request number
ppid-reg-obj-information = Information requested
ppid-reg-obj-purpose = Purpose of use
ppid-reg-obj-ground = Ground of objection (art. 35)
ppid-reg-obj-verdict = Superior's decision
ppid-reg-obj-responded = Date of the superior's response
ppid-reg-obj-superior = Superior's name and position
ppid-reg-obj-requester-response = Requester's response
ppid-reg-obj-agency = PPID
ppid-reg-verdict-upheld = Objection upheld
ppid-reg-verdict-rejected = Objection rejected
ppid-reg-unanswered = Not answered yet
ppid-channel-telegram = Telegram
ppid-channel-whatsapp = WhatsApp
ppid-channel-console = Console (trial)
ppid-channel-open311 = Open311 (other apps)
ppid-channel-other = Other
ppid-rep-title = Public Information Service Report { $period } — { $scope }
ppid-rep-year = { $year }
ppid-rep-semester = Semester { $semester } { $year }
ppid-rep-office = Information and Documentation Management Officer (PPID)
ppid-rep-all = all PPIDs
ppid-rep-note = Requests received and objections filed in this period (Law 14/2008; Information Commission Regulation 1/2021). Times are counted in working days, without weekends, national holidays and collective leave days.
ppid-rep-summary = Requests at a glance
ppid-rep-item = Item
ppid-rep-count = Count
ppid-rep-percent = Percent (%)
ppid-rep-value = Value
ppid-rep-total = Total
ppid-rep-received = Requests received
ppid-rep-undecided = Not decided yet (in progress)
ppid-rep-closed-undecided = Closed without a written decision
ppid-rep-exemptions = Exemption grounds (art. 17)
ppid-rep-exemption = Exemption ground
ppid-rep-timing = Time to decide
ppid-rep-decided = Requests decided
ppid-rep-mean = Mean (working days)
ppid-rep-median = Median (working days)
ppid-rep-within-10 = Decided within 10 working days
ppid-rep-within-17 = Decided within 17 working days (with extension)
ppid-rep-objections = Objections per ground (art. 35)
ppid-rep-ground = Ground of objection
ppid-rep-filed = Filed
ppid-rep-channels = Channels of requests
ppid-rep-channel = Channel
ppid-rep-months = Requests per month
ppid-rep-month = Month
ppid-month-1 = January
ppid-month-2 = February
ppid-month-3 = March
ppid-month-4 = April
ppid-month-5 = May
ppid-month-6 = June
ppid-month-7 = July
ppid-month-8 = August
ppid-month-9 = September
ppid-month-10 = October
ppid-month-11 = November
ppid-month-12 = December
ppid-month-short-1 = Jan
ppid-month-short-2 = Feb
ppid-month-short-3 = Mar
ppid-month-short-4 = Apr
ppid-month-short-5 = May
ppid-month-short-6 = Jun
ppid-month-short-7 = Jul
ppid-month-short-8 = Aug
ppid-month-short-9 = Sep
ppid-month-short-10 = Oct
ppid-month-short-11 = Nov
ppid-month-short-12 = Dec
ppid-rep-rejected = Rejected
ppid-rep-partial = Granted in part
ppid-rep-upheld = Upheld
ppid-rep-pending = Not answered yet
ppid-digest-title = ⚖️ <b>PPID</b>: { $requests } information requests wait for a decision, { $objections } objections for the PPID's superior's answer.
ppid-digest-near = Due within 2 working days or overdue:
ppid-digest-none-near = Nothing is due within 2 working days.
ppid-digest-request = • { $code } ({ $agency }): decision due by { $due }
ppid-digest-request-late = • { $code } ({ $agency }): decision <b>overdue</b> since { $due }
ppid-digest-objection = • Objection { $code } to { $request } ({ $agency }): the superior's answer due by { $due }
ppid-digest-objection-late = • Objection { $code } to { $request } ({ $agency }): the superior's answer <b>overdue</b> since { $due }
ppid-digest-more = …and { $count } more.

## PPID: the written notice as a PDF letter (issue 16)
ppid-notice-letter = 📄 The written notice on request { $code } (PDF). Keep it as proof; to object, quote this request number.
ppid-letter-file = written-notice-{ $code }.pdf

## Dashboard: a ticket's photos
dash-photo-alt = Photo { $number }
dash-document = Document
dash-error-photo = This photo or file is not (or no longer) at the channel that received it.
dash-error-photo-later = This photo cannot be fetched from its channel yet. Try again shortly.

## The monthly report's PDF attached (issue 15)
monthly-pdf-attached = 📎 The full report (PDF, tables and charts) is attached.
monthly-dashboard = 🔗 On the dashboard: { $link }
monthly-pdf-file = monthly-report-{ $period }.pdf

## PPID: agencies without a superior, told at start-up (issue 16)
ppid-superiors-missing = ⚠️ <b>No PPID superior set</b> for { $count } agencies: { $agencies }. Objections to their information requests would reach nobody (UU 14/2008 art. 36). Ask the operator to set <code>ppid.superior_chat_id</code> in the agencies file.

## Dashboard: a ticket's publication (issue 17)
dash-pub-title = Publication on the transparency page
dash-pub-never = Never published: confidential reports and information requests do not appear on the public page.
dash-pub-state-none = Not published yet. The report appears on the public page (its text masked) once resolved, or when it has stayed unresolved for long.
dash-pub-state-published = On the public page, with this text (already masked):
dash-pub-state-withheld = Withheld by staff: not on the public page, the open data or the API.
dash-pub-state-withdrawn = Withdrawn by the resident: not on the public page, and staff cannot undo that.
dash-pub-text = Published description
dash-pub-reply = The agency's reply:
dash-pub-edit = Save the published text
dash-pub-reason = Reason for withholding (recorded)
dash-pub-withhold = Withhold from the public page
dash-pub-release = Publish again
dash-pub-outcome-withheld = The report is withheld from the public page. This action is recorded.
dash-pub-outcome-released = The report is released: it appears on the public page again when the publication rules allow. This action is recorded.
dash-pub-outcome-edited = The published text is saved (masked again). This action is recorded.
dash-pub-outcome-empty = The published description cannot be empty; nothing was changed.
dash-pub-outcome-done = Done.
dash-pub-outcome-unknown = Ticket not found.
dash-pub-outcome-withdrawn = The resident withdrew this report from publication; staff cannot change that.
dash-pub-outcome-not_published = This report is not published yet: there is no text to edit.
dash-error-publication = This publication action is unknown, or this ticket is never published.
dash-event-publication-withheld = Withheld from publication
dash-event-publication-released = Published again
dash-event-publication-edited = Published text edited
dash-event-publication-withdrawn = Withdrawn from publication by the resident

## Files a step did not ask for, outside the complaint draft (issue 14, item 6)
attachment-kept-request = 📎 { $what } kept with your request ({ $count } of { $max } attachments).
attachment-full-request = { $what } not kept: the request already has { $max } attachments.
attachment-kept-ticket = 📎 { $what } kept with report <code>{ $code }</code> and forwarded to the staff.
attachment-kept-ticket-info = 📎 { $what } kept with information request <code>{ $code }</code> and forwarded to the PPID.
staff-followup-attachment-info = 📨 <b>An attachment from the requester</b> for <code>{ $code }</code>.
staff-action-attachment = attachment from the resident
attachment-carry-expired = 📎 { $count } attachment(s) you sent more than { $hours } hours ago are not included in this report. If they belong to it, send them again when asked.
dash-clock-autoclose = Closes automatically
dash-clock-autoclose-on = { $due }, unless the resident replies
dash-clock-decision = Decision due
dash-clock-decision-by = { $due }
dash-clock-decision-extended = { $due } (extended)
dash-photo-missing = Photo not available
dash-photo-later = Photo not available yet

## aduan demo (the console): its banner, help and clock
demo-banner =
    aduan demo — { $regency }
    Type messages as a resident (try: /start, "family card requirements", /report the road is damaged ...).
    #N presses button N · :admin CODE TEXT · :ppid CODE TEXT · :time +2d · :help · :quit
demo-help =
    What you can type:
      any text               your message as a resident (/start, /report ..., /info, /status)
      #N                     press button N of the last message you received
      :loc LAT LON           send a location · :photo [caption] send a photo · :sticker
      :doc NAME [caption]    send a document (e.g. :doc letter.pdf)
      :admin CODE TEXT       write in the staff group of agency CODE (e.g. :admin pupr #1)
      :admin CODE #N         press button N of the last message in that group
      :admin CODE >N TEXT    reply to "message N" in that group (an answer to the resident)
      :ppid CODE ...         as :admin, in the PPID chat of agency CODE (information requests)
      :supervisor ...        the same, in the supervisors' group (no CODE: :supervisor #1)
      :atasan ...            the same, in the PPID superior's chat (objections)
      :time +2d · :time +3h  move the demo clock forward: deadlines, reminders, escalations, daily digests
      :time                  show the demo clock
      :help · :quit          this list · leave
    Try the deadlines: file /report ..., then :time +4d (a reminder to the agency) and :time +2d
    (escalation to the supervisors; press its button with :supervisor #1).
demo-clock = demo clock: { $when }
demo-clock-ahead = demo clock: { $when }, { $days ->
    [one] 1 day
   *[other] { $days } days
} { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
} ahead of the real clock

## aduan demo (the console): a typed line it refuses
demo-usage-agency-chat = usage: { $command } CODE TEXT | #N | >N TEXT
demo-usage-chat = usage: { $command } TEXT | #N | >N TEXT
demo-usage-agency-reply = usage: { $command } CODE >N TEXT (N: the message number)
demo-usage-reply = usage: { $command } >N TEXT (N: the message number)
demo-usage-loc = usage: :loc LATITUDE LONGITUDE
demo-unknown-agency = unknown agency '{ $code }'; codes: { $codes }
demo-no-such-chat = { $command }: the agencies file has no such chat
demo-no-button = there is no button { $button }
demo-unknown-command = unknown command '{ $command }': :help lists the commands
demo-clock-unreadable = '{ $typed }': use a step forward like +2d, +3h, +1d12h or +30m
demo-clock-out-of-range = '{ $typed }': the step must be more than 0 and at most 366 days

## aduan demo (the console): who a printed message is for
demo-chat-you = 🤖 Bot → You
demo-chat-supervisors = 🛡  [Supervisors' group]
demo-chat-superior = ⚖️  [PPID's superior]
demo-chat-ppid = 📄 [PPID { $agency }]
demo-chat-staff = 📋 [{ $agency } staff group]
demo-chat-other = 💬 [chat { $chat }]
demo-message-numbered = { $label } (message { $number })
demo-message-edited = { $label } (message { $number } updated)
demo-message-new-topic = { $label } [new topic: { $topic }]
demo-photo = [photo { $number }]
demo-document = [document { $number }]
demo-popup = 🔔 Popup, only for whoever pressed the button — { $label }
