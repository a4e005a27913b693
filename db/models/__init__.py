"""Every model of Antenne, one module per feature; importing this package also installs the
outbox listeners (`db.outbox.register`) so that no synced change can escape the outbox."""

from __future__ import annotations

from db.base import Base, SyncedMixin
from db.models.antennas import Antenna
from db.models.badges import Badge, BadgeLayout
from db.models.content import ContentKind, ContentPage
from db.models.facilitators import AuditEntry, FacilitatorAccount
from db.models.governance import (
    AgendaItem,
    AgendaStatus,
    AgendaSupport,
    Body,
    BodyKind,
    BodyLink,
    BodyLinkKind,
    Mandate,
    Meeting,
    MeetingStatus,
    TravelAidRequest,
    TravelAidStatus,
)
from db.models.people import (
    JourneyProgress,
    JourneyStep,
    ParticipationLevel,
    Person,
    PersonKind,
    PersonNameWord,
    Visit,
)
from db.models.sessions import Session, SessionKind, Signup, SignupStatus
from db.models.skills import (
    IntroRequest,
    IntroStatus,
    ReportReason,
    SkillLevel,
    SkillModality,
    SkillPost,
    SkillPostKind,
    SkillPostTag,
    SkillReport,
    SkillTag,
)
from db.models.voting import (
    AnalogCount,
    Attendance,
    Ballot,
    BallotSlot,
    BallotToken,
    LedgerEntry,
    NamedBallot,
    Proxy,
    Vote,
    VoteChannel,
    VoteMethod,
    VoteOption,
    VoterRoll,
    VoteStatus,
)
from db.outbox import OutboxEntry, OutboxOperation, QuarantinedChange, SyncState, register

register()

__all__ = [
    "AgendaItem",
    "AgendaStatus",
    "AgendaSupport",
    "AnalogCount",
    "Antenna",
    "Attendance",
    "AuditEntry",
    "Badge",
    "BadgeLayout",
    "Ballot",
    "BallotSlot",
    "BallotToken",
    "Base",
    "Body",
    "BodyKind",
    "BodyLink",
    "BodyLinkKind",
    "ContentKind",
    "ContentPage",
    "FacilitatorAccount",
    "IntroRequest",
    "IntroStatus",
    "JourneyProgress",
    "JourneyStep",
    "LedgerEntry",
    "Mandate",
    "Meeting",
    "MeetingStatus",
    "NamedBallot",
    "OutboxEntry",
    "OutboxOperation",
    "ParticipationLevel",
    "Person",
    "PersonKind",
    "PersonNameWord",
    "Proxy",
    "QuarantinedChange",
    "ReportReason",
    "Session",
    "SessionKind",
    "Signup",
    "SignupStatus",
    "SkillLevel",
    "SkillModality",
    "SkillPost",
    "SkillPostKind",
    "SkillPostTag",
    "SkillReport",
    "SkillTag",
    "SyncState",
    "SyncedMixin",
    "TravelAidRequest",
    "TravelAidStatus",
    "Visit",
    "Vote",
    "VoteChannel",
    "VoteMethod",
    "VoteOption",
    "VoteStatus",
    "VoterRoll",
]
