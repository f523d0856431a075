"""Consistency checker for the unseen-8 gold TIMEX3 set (stdlib only).
Run:  python verify_unseen8.py      (prints problems, then a count line)
Checks: XML parses with minidom; DOCID matches file name; only TIMEX3 inside TEXT;
tids t1..tN in order; type/value syntax; mod vocabulary; 200-300 words per text;
weekday names vs the weekday of the value; month names, day numbers and four-digit
years vs the value; "YYYY-YY" fiscal labels vs FYyyyy; clock times vs the THH:MM part;
today/tonight/yesterday/tomorrow/last night, this/last/next week/month/year and
"N units ago" vs the DCT; modifier words (early/late/mid/about/over/nearly/up to...)
vs the mod attribute.  WHITE_TXT lists the reviewed, intentional exceptions.
"""
import re, sys, glob, os, datetime as dt
from xml.dom import minidom
DIR=os.path.dirname(os.path.abspath(__file__))
WD=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]
MON={"january":1,"jan":1,"february":2,"feb":2,"march":3,"mar":3,"april":4,"apr":4,"may":5,"june":6,"jun":6,"july":7,"jul":7,"august":8,"aug":8,"september":9,"sept":9,"sep":9,"october":10,"oct":10,"november":11,"nov":11,"december":12,"dec":12}
MONRE=r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)"
NUMW={"a":1,"an":1,"one":1,"two":2,"three":3,"four":4,"five":5,"six":6,"seven":7,"eight":8,"nine":9,"ten":10,"eleven":11,"twelve":12,"fifteen":15,"twenty":20}
MODS={"START","MID","END","APPROX","BEFORE","AFTER","ON_OR_BEFORE","ON_OR_AFTER","LESS_THAN","MORE_THAN","EQUAL_OR_LESS","EQUAL_OR_MORE"}
VRE={
 "DATE":re.compile(r"^(XXXX-\d{2}|\d{4}(-\d{2}(-\d{2})?)?|\d{2,3}|\d{4}-W\d{2}(-WE)?|\d{4}-Q[1-4]|\d{4}-H[12]|\d{4}-(SP|SU|FA|WI)|FY\d{4}(-Q[1-4]|-H[12])?|PRESENT_REF|PAST_REF|FUTURE_REF)$"),
 "TIME":re.compile(r"^(\d{4}-\d{2}-\d{2}|XXXX-XX-XX)T(\d{2}:\d{2}|MO|AF|EV|NI)$"),
 "DURATION":re.compile(r"^P((\d+|X)(Y|M|W|D|DE|CE))+$|^PT((\d+|X)(H|M|S))+$|^P(\d+[YMWD])+T(\d+[HMS])+$"),
 "SET":re.compile(r"^(P\d+(Y|M|W|D|DE)|PT\d+[HM]|XXXX-WXX-[1-7](T(\d{2}:\d{2}|MO|AF|EV|NI))?|XXXX-XX-XXT(\d{2}:\d{2}|MO|AF|EV|NI)|XXXX-\d{2}-\d{2}|XXXX-WXX-WE)$"),
}
WHITE_TXT="""
unseen8_04_us_earnings t13  # December quarter = calendar Q4 (Oct-Dec)
unseen8_13_uk_council_snow t19  # "the week beginning 4 January" = ISO week 2010-W01; 'beginning' is part of the week description, not a START mod
unseen8_20_au_budget t8  # "the June quarter" = calendar Q2
unseen8_21_ng_sallah_fuel t17  # Nigerian "next week Friday" = Friday of next week
unseen8_23_ug_martyrs_day t11  # duration "more than a month", not a set
unseen8_24_eg_sham_el_nessim t8  # duration "a day" (after Coptic Easter)
unseen8_24_eg_sham_el_nessim t23  # duration "for a week"
unseen8_26_in_diwali_results t6  # first half of FY2007-08
unseen8_26_in_diwali_results t18  # April-June quarter = fiscal Q1 of FY2007-08
unseen8_30_hk_typhoon t12  # 'Mid-Autumn' is part of the festival name, not a MID mod
unseen8_27_np_dashain t3  # duration "a day" (after Ghatasthapana)
unseen8_40_pg_independence t12  # "Wednesday next week" = the Wednesday of next week, single DATE
unseen8_40_pg_independence t21  # duration "a year" of commemorations
"""
WHITE=set()
for l in WHITE_TXT.splitlines():
    l=l.split("#")[0].strip()
    if l: WHITE.add(tuple(l.split()[:2]))
def isoweek(d): y,w,_=d.isocalendar(); return f"{y}-W{w:02d}"
def addmonths(d,k):
    m=d.month-1+k; return (d.year+m//12, m%12+1)
def fulldate(v):
    m=re.match(r"^(\d{4})-(\d{2})-(\d{2})",v)
    return dt.date(int(m[1]),int(m[2]),int(m[3])) if m else None
def text_of(node):
    return "".join(c.data if c.nodeType==c.TEXT_NODE else text_of(c) for c in node.childNodes)
problems=[]; total=0
def P(doc,tid,msg):
    if (doc,tid) in WHITE: return
    problems.append(f"{doc} {tid}: {msg}")
for f in sorted(glob.glob(DIR+"/*.tml")):
    doc=os.path.basename(f)[:-4]
    try: dom=minidom.parse(f)
    except Exception as e: problems.append(f"{doc}: PARSE ERROR {e}"); continue
    if dom.getElementsByTagName("DOCID")[0].firstChild.data!=doc: P(doc,"-","DOCID mismatch")
    tx=dom.getElementsByTagName("TIMEX3")
    t0=tx[0]; dct=dt.date.fromisoformat(t0.getAttribute("value"))
    if t0.getAttribute("tid")!="t0" or t0.parentNode.tagName!="DCT": P(doc,"t0","bad DCT")
    textnode=dom.getElementsByTagName("TEXT")[0]
    # only TIMEX3 children allowed
    for c in textnode.childNodes:
        if c.nodeType==c.ELEMENT_NODE and c.tagName!="TIMEX3": P(doc,"-","other tag "+c.tagName)
    words=len(text_of(textnode).split())
    if not 200<=words<=300: P(doc,"-",f"word count {words}")
    for i,t in enumerate(tx[1:],1):
        total+=1
        tid=t.getAttribute("tid"); typ=t.getAttribute("type"); v=t.getAttribute("value"); mod=t.getAttribute("mod")
        s=text_of(t); sl=s.lower()
        extra=set(t.attributes.keys())-{"tid","type","value","mod"}
        if extra: P(doc,tid,f"extra attrs {extra}")
        if tid!=f"t{i}": P(doc,tid,f"expected t{i}")
        if typ not in VRE: P(doc,tid,f"bad type {typ}"); continue
        if not VRE[typ].match(v): P(doc,tid,f"value {v} invalid for {typ} [{s}]")
        if mod and mod not in MODS: P(doc,tid,f"bad mod {mod}")
        fd=None
        try: fd=fulldate(v)
        except ValueError: P(doc,tid,f"impossible date {v}")
        if s!=s.strip(): P(doc,tid,"span has outer whitespace")
        if re.match(r"^(on|in|at(?! least)|by|since|until|from|during|for|of|to)\b",sl): P(doc,tid,f"span starts with preposition [{s}]")
        if re.search(r"'s$|’s$",s): P(doc,tid,"possessive in span")
        # weekday
        for k,w in enumerate(WD):
            if re.search(r"\b"+w+r"s?\b",sl):
                if fd:
                    if fd.weekday()!=k: P(doc,tid,f"weekday {w} but {v} is {fd:%A} [{s}]")
                elif typ=="SET" and v.startswith("XXXX-WXX-"):
                    if v[9]!=str(k+1): P(doc,tid,f"set weekday mismatch [{s}] {v}")
                else: P(doc,tid,f"weekday in span but value {v} [{s}]")
        # month & day
        for m in re.finditer(MONRE,s):
            mn=MON[m[1].lower().rstrip(".")]
            mm=re.match(r"^(?:FY)?(\d{4}|XXXX)-(\d{2})",v)
            if not mm: P(doc,tid,f"month in span but value {v} [{s}]")
            elif int(mm[2])!=mn: P(doc,tid,f"month mismatch [{s}] {v}")
        dm=re.search(MONRE+r"\.?\s+(\d{1,2})(st|nd|rd|th)?\b(?!:)",s) or re.search(r"\b(\d{1,2})(st|nd|rd|th)?(\s+of)?\s+"+MONRE,s)
        if dm:
            day=int(dm[2]) if re.match(MONRE,dm[0]) else int(dm[1])
            if not (fd or re.match(r"XXXX-\d{2}-\d{2}",v)): P(doc,tid,f"day in span but value {v} [{s}]")
            elif int(v[8:10])!=day: P(doc,tid,f"day mismatch [{s}] {v}")
        if re.fullmatch(r"\d{1,2}(st|nd|rd|th)?",s):
            if not fd or fd.day!=int(re.match(r"\d+",s)[0]): P(doc,tid,f"bare day number [{s}] vs {v}")
        fy=re.search(r"\b(\d{2})(\d{2})[-/–](\d{2})\b",s)
        if fy:
            if v!=f"FY{fy[1]}{fy[3]}": P(doc,tid,f"fiscal range [{s}] vs {v}")
            s_=s.replace(fy[0],"")
        else: s_=s
        for y in re.finditer(r"(?<![\d:.])(1[5-9]\d\d|20\d\d)(?![\d:.])('?s)?",s_):
            if y[2]:
                if v.lstrip("FY")[:3]!=y[1][:3] or len(v)!=3: P(doc,tid,f"decade [{s}] vs {v}")
            elif y[1] not in v: P(doc,tid,f"year {y[1]} not in value {v} [{s}]")
            elif re.search(r"hrs|hours|GMT",s): pass
        # clock times
        cm=re.search(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|am|pm)(?![a-z])",sl)
        hm=None
        if cm:
            h=int(cm[1])%12+(12 if cm[3].startswith("p") else 0); hm=f"{h:02d}:{cm[2] or '00'}"
        else:
            cm=re.search(r"\b(\d{2})[:.]?(\d{2})\s*(hrs|hours|h)\b",sl) or re.search(r"\b(\d{1,2}):(\d{2})\b",sl)
            if cm: hm=f"{int(cm[1]):02d}:{cm[2]}"
            elif re.search(r"\bnoon\b",sl): hm="12:00"
        if hm:
            if "T" not in v: P(doc,tid,f"clock time in span but value {v} [{s}]")
            elif not v.endswith("T"+hm): P(doc,tid,f"clock {hm} vs {v} [{s}]")
        # relative to DCT
        def expect(cond,msg):
            if not cond: P(doc,tid,msg+f" [{s}] {v} DCT {dct}")
        if re.search(r"\btoday\b",sl): expect(v.startswith(str(dct)) or v=="PRESENT_REF","today")
        if re.search(r"\btonight\b",sl): expect(v.startswith(f"{dct}T"),"tonight")
        if re.search(r"\byesterday\b",sl): expect(v.startswith(str(dct-dt.timedelta(1))),"yesterday")
        if re.search(r"\btomorrow\b",sl): expect(v.startswith(str(dct+dt.timedelta(1))),"tomorrow")
        if re.search(r"\blast night\b",sl): expect(v==f"{dct-dt.timedelta(1)}TNI","last night")
        for rel,k in (("this",0),("last",-1),("next",1),("past",None)):
            if k is None: continue
            if re.search(rf"\b{rel} week\b",sl): expect(v.startswith(isoweek(dct+dt.timedelta(7*k))),f"{rel} week")
            if re.search(rf"\b{rel} weekend\b",sl) and rel!="this": expect(v==isoweek(dct+dt.timedelta(7*k))+"-WE",f"{rel} weekend")
            if re.search(rf"\b{rel} month\b",sl):
                y,m=addmonths(dct,k); expect(v.startswith(f"{y}-{m:02d}"),f"{rel} month")
            if re.search(rf"\b{rel} year\b",sl) and "same" not in sl and "earlier" not in sl: expect(v.lstrip("FY").startswith(str(dct.year+k)),f"{rel} year")
        am=re.search(r"\b(\w+) (day|week|month|year|decade)s? ago\b",sl)
        if am and am[1] in NUMW or (am and am[1].isdigit()):
            n=NUMW.get(am[1]) or int(am[1]); u=am[2]
            if u=="day": expect(v==str(dct-dt.timedelta(n)),"days ago")
            elif u=="week": expect(v==isoweek(dct-dt.timedelta(7*n)),"weeks ago")
            elif u=="month":
                y,m=addmonths(dct,-n); expect(v==f"{y}-{m:02d}","months ago")
            elif u=="year": expect(v==str(dct.year-n),"years ago")
            elif u=="decade": expect(v==str(dct.year-10*n),"decades ago")
        # mods
        want=None
        if re.search(r"\b(early|beginning|start)\b",sl): want="START"
        elif re.search(r"\b(late|end)\b",sl) and "later" not in sl: want="END"
        elif re.search(r"\bmid|\bmiddle\b",sl): want="MID"
        elif re.search(r"\b(about|around|roughly|some|approximately|maybe|close to)\b",sl) and not re.search(r"\bnearly\b",sl): want="APPROX"
        elif re.search(r"\b(more than|over|upwards of)\b",sl): want="MORE_THAN"
        elif re.search(r"\b(less than|under|nearly|almost|just under)\b",sl): want="LESS_THAN"
        elif re.search(r"\bat least\b",sl): want="EQUAL_OR_MORE"
        elif re.search(r"\b(up to|no more than|at most)\b",sl): want="EQUAL_OR_LESS"
        if (want or "")!=(mod or ""): P(doc,tid,f"mod {mod!r} but span suggests {want!r} [{s}]")
        if typ=="DURATION" and " ago" in sl: P(doc,tid,"ago but DURATION")
        if typ!="SET" and re.search(r"\b(every|each|daily|weekly|annual|annually|monthly|yearly|per|a week|a year|a day|a month)\b(?! earlier| later| ago)",sl): P(doc,tid,f"set word but type {typ} [{s}]")
print("\n".join(problems)); print(f"{len(problems)} problems; {total} timexes")
